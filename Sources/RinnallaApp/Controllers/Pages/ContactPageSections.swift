import Plot
import Vapor

/// The hook where other parts of issue 5 add sections to a contact's page, below its
/// details: referrals and escorts from this contact (service paths), an initial
/// assessment once the contact is linked to a client. Each returns its section (or
/// nothing) and audits its own reads.
enum ContactPageSections {
    static func sections(for contact: Contact, context: PageContext, on req: Request) async throws -> [Node<
        HTML.BodyContext
    >] {
        []
    }
}
