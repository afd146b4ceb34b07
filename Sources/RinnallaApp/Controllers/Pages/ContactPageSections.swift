import Plot
import Vapor

/// The sections other parts of issue 5 add to a contact's page, below its details:
/// referrals and escorts from this contact (service paths). An initial assessment belongs
/// to a client record, so it is made from the client page once the contact is linked.
/// Each section audits its own reads.
enum ContactPageSections {
    static func sections(for contact: Contact, context: PageContext, on req: Request) async throws -> [Node<
        HTML.BodyContext
    >] {
        [try await ReferralController.contactSection(contact, user: try req.requireUser(), context: context, on: req)]
    }
}
