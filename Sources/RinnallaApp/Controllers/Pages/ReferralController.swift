import Fluent
import Plot
import RinnallaCore
import Vapor

/// Referrals and escorts from a client or an anonymous contact, a referral's page with
/// its follow-up, and the list of referrals to follow up.
enum ReferralController {
    /// The services in use, for the form.
    static func services(on db: any Database) async throws -> [ServicePath] {
        try await ServicePathService.search(.init(), on: db)
    }

    /// An empty form for today, with the service from `?servicePathID=` when given.
    static func emptyForm(_ req: Request) -> ReferralForm {
        ReferralForm(
            servicePathID: ReferralForm(query: req).servicePathID ?? "",
            method: ReferralMethod.informationGiven.rawValue, day: Day(req.now).finnish)
    }

    static func contactLabel(_ contact: Contact, _ context: PageContext) -> String {
        context.t(.referralNewContact, ["day": ReferralViews.dayText(contact.day)])
    }

    // MARK: From a client

    /// The referral section of the client's page, with its form when the user may write.
    static func clientSection(_ client: ClientRecord, user: CurrentUser, context: PageContext, on req: Request)
        async throws -> Node<HTML.BodyContext>
    {
        let clientID = try client.requireID()
        return try await section(
            try await ReferralService.ofClient(clientID, on: req.db), unitID: client.$unit.id,
            action: SiteRoute.client(clientID, .referrals).href, user: user, context: context, on: req)
    }

    /// A subject's referrals, with the form for a new one when the user may write in its unit.
    private static func section(
        _ referrals: [Referral], unitID: UUID, action: String, user: CurrentUser, context: PageContext,
        on req: Request
    ) async throws -> Node<HTML.BodyContext> {
        var form: ReferralViews.FormModel?
        if user.can(.writeClientData, inUnit: unitID) {
            form = .init(action: action, services: try await services(on: req.db), form: emptyForm(req))
        }
        return ReferralViews.section(referrals: referrals, context: context, form: form)
    }

    static func newForClient(req: Request) async throws -> Response {
        let clientID = try req.id(.clientID)
        let user = try req.requireUser()
        let client = try await ClientService.find(clientID, for: user, on: req.db)
        guard user.can(.writeClientData, inUnit: client.$unit.id) else { throw AppError.forbidden }
        _ = try await ClientService.view(clientID, recordType: "referral-form", on: req.caller)
        let context = PageContext(req)
        return ReferralViews.formPage(
            context, subject: context.t(.referralNewClient, ["name": client.name]),
            back: SiteRoute.client(clientID, .show).href,
            model: .init(
                action: SiteRoute.client(clientID, .referrals).href, services: try await services(on: req.db),
                form: emptyForm(req))
        ).response()
    }

    static func createForClient(req: Request) async throws -> Response {
        let clientID = try req.id(.clientID)
        let input = ReferralForm(from: req)
        let subject = try await ReferralService.writableSubject(clientID: clientID, contactID: nil, on: req.caller)
        return try await rerenderOn422 {
            _ = try await ReferralService.create(subject, input, on: req.caller)
            return req.redirect(to: .client(clientID, .show), notice: .referralSaved, fragment: "referrals")
        } render: { error in
            let user = try req.requireUser()
            let client = try await ClientService.find(clientID, for: user, on: req.db)
            let context = PageContext(req)
            return ReferralViews.formPage(
                context, subject: context.t(.referralNewClient, ["name": client.name]),
                back: SiteRoute.client(clientID, .show).href,
                model: .init(
                    action: SiteRoute.client(clientID, .referrals).href, services: try await services(on: req.db),
                    form: input, error: AdminController.fieldError(error, context))
            ).response(.unprocessableEntity)
        }
    }

    // MARK: From an anonymous contact

    /// The referral section for the contact page (the hook the contact page embeds).
    static func contactSection(_ contact: Contact, user: CurrentUser, context: PageContext, on req: Request)
        async throws -> Node<HTML.BodyContext>
    {
        let contactID = try contact.requireID()
        return try await section(
            try await ReferralService.ofContact(contactID, on: req.db), unitID: contact.$unit.id,
            action: SiteRoute.contact(contactID, .referrals).href, user: user, context: context, on: req)
    }

    static func newForContact(req: Request) async throws -> Response {
        let contactID = try req.id(.contactID)
        let subject = try await ReferralService.writableSubject(clientID: nil, contactID: contactID, on: req.caller)
        guard case .contact(let contact) = subject else { throw AppError.notFound }
        let context = PageContext(req)
        return ReferralViews.formPage(
            context, subject: contactLabel(contact, context), back: SiteRoute.contact(contactID, .show).href,
            model: .init(
                action: SiteRoute.contact(contactID, .referrals).href, services: try await services(on: req.db),
                form: emptyForm(req))
        ).response()
    }

    static func createForContact(req: Request) async throws -> Response {
        let contactID = try req.id(.contactID)
        let input = ReferralForm(from: req)
        let subject = try await ReferralService.writableSubject(clientID: nil, contactID: contactID, on: req.caller)
        guard case .contact(let contact) = subject else { throw AppError.notFound }
        return try await rerenderOn422 {
            let (referral, _) = try await ReferralService.create(subject, input, on: req.caller)
            return req.redirect(to: .referral(try referral.requireID(), .show), notice: .referralSaved)
        } render: { error in
            let context = PageContext(req)
            return ReferralViews.formPage(
                context, subject: contactLabel(contact, context), back: SiteRoute.contact(contactID, .show).href,
                model: .init(
                    action: SiteRoute.contact(contactID, .referrals).href, services: try await services(on: req.db),
                    form: input, error: AdminController.fieldError(error, context))
            ).response(.unprocessableEntity)
        }
    }

    // MARK: One referral

    static func show(req: Request) async throws -> Response {
        let referral = try await ReferralService.view(try req.id(.referralID), on: req.caller)
        var form = FollowUpForm(outcome: ReferralOutcome.reached.rawValue, day: Day(req.now).finnish)
        if let outcome = ReferralOutcome(rawValue: referral.outcome), outcome != .notFollowedUp {
            form.outcome = outcome.rawValue
            form.day = ReferralViews.dayText(referral.outcomeDay)
            form.note = referral.outcomeNote ?? ""
        }
        return try await render(req, referral: referral, form: form, error: nil)
    }

    static func render(
        _ req: Request, referral: Referral, form: FollowUpForm, error: AppError?
    ) async throws -> Response {
        let user = try req.requireUser()
        let context = PageContext(req, notice: Notice.from(req))
        let subject: (label: String, href: String?)
        if let clientID = referral.$client.id, let client = try await ClientRecord.find(clientID, on: req.db) {
            subject = (client.name, SiteRoute.client(clientID, .show).href)
        } else if let contactID = referral.$contact.id, let contact = try await Contact.find(contactID, on: req.db) {
            subject = (contactLabel(contact, context), SiteRoute.contact(contactID, .show).href)
        } else {
            subject = (context.t(.referralFromContact), nil)
        }
        return ReferralViews.page(
            context, referral: referral, subject: subject,
            canWrite: user.can(.writeClientData, inUnit: referral.$unit.id), form: form,
            error: error.map { AdminController.fieldError($0, context) }
        ).response(error == nil ? .ok : .unprocessableEntity)
    }

    static func followUp(req: Request) async throws -> Response {
        let id = try req.id(.referralID)
        let input = FollowUpForm(from: req)
        return try await rerenderOn422 {
            _ = try await ReferralService.followUp(id, input, on: req.caller)
            return req.redirect(to: .referral(id, .show), notice: .followUpSaved)
        } render: { error in
            let referral = try await ReferralService.find(id, for: try req.requireUser(), on: req.db)
            return try await render(req, referral: referral, form: input, error: error)
        }
    }

    // MARK: To follow up

    static func followUps(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let units = user.units.filter { user.can(.readClientData, inUnit: $0.id) }
        let unitID = ReferralFollowUpForm(query: req).unit.flatMap(UUID.init(uuidString:)).flatMap { id in
            units.contains { $0.id == id } ? id : nil
        }
        let referrals = try await ReferralService.toFollowUp(unitID: unitID, on: req.caller)
        return ReferralViews.followUpList(
            PageContext(req), referrals: referrals, units: units, unitID: unitID, today: Day(req.now)
        ).response()
    }
}
