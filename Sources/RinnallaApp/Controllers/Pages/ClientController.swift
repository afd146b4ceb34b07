import Fluent
import RinnallaCore
import Vapor

enum ClientController {
    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let query = ClientSearchForm(query: req).text
        let clients = try await ClientService.search(query, on: req.caller)
        let rows = clients.compactMap { client in
            client.id.map {
                ClientPages.Row(
                    id: $0, name: client.name, identity: displayIdentity(client, language: req.language),
                    unit: client.unit.name, worker: client.responsibleWorker?.name)
            }
        }
        return ClientPages.list(
            PageContext(req, notice: Notice.from(req)), query: query, rows: rows,
            canCreate: user.can(.writeClientData)
        ).response()
    }

    /// In lists only the birth date part of the identity code shows.
    static func displayIdentity(_ client: ClientRecord, language: Language) -> String {
        if let code = client.identityCode, let parsed = try? PersonalIdentityCode(code) { return parsed.masked }
        return client.birthDate.flatMap { Day(parsing: $0) }.map { Formatting.date($0.startDate, language) } ?? "–"
    }

    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        var form = ClientForm()
        form.unitID = user.units.first { user.can(.writeClientData, inUnit: $0.id) }?.id.uuidString ?? ""
        form.responsibleWorkerID = user.id.uuidString
        return try await renderForm(req, form: form, action: SiteRoute.clients(.list).href, title: req.t(.clientsNew))
    }

    static func create(req: Request) async throws -> Response {
        let input = ClientForm(from: req)
        return try await rerenderOn422 {
            let client = try await ClientService.create(input, on: req.caller)
            return req.redirect(to: .client(try client.requireID(), .show), notice: .clientCreated)
        } render: { error in
            return try await renderForm(
                req, form: input, action: SiteRoute.clients(.list).href, title: req.t(.clientsNew), error: error)
        }
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let clientID = try req.id(.clientID)
        let context = PageContext(req, notice: Notice.from(req))
        func build(_ client: ClientRecord) async throws -> RenderCache.Entry {
            let model = try await pageModel(client, user: user, on: req)
            let sections = [
                try await InitialAssessmentController.section(client, user: user, context: context, on: req),
                try await ReferralController.clientSection(client, user: user, context: context, on: req),
            ]
            return .init(html: ClientPages.content(context, model, sections: sections).render(), auditDetail: nil)
        }
        let cache = req.application.renderCache
        guard cache.isEnabled else {
            // Access check and the audit row come first.
            let client = try await ClientService.view(clientID, on: req.caller)
            return ClientPages.page(context, name: client.name, content: .raw(try await build(client).html)).response()
        }
        // Access check, audit row and the versions of what the page shows, in one query;
        // the client is loaded whole only to build the part. The page shows the client's
        // unit's data and shared data (worker and unit names, places); forms on it carry
        // the session's CSRF token, so the key names the session.
        let head = try await ClientService.viewPageHead(clientID, on: req.caller)
        let key =
            "client|\(clientID)|\(user.id)|\(user.session.id)|\(context.language.rawValue)|\(Day(req.now).iso)|\(head.stamp)"
        let part = try await cache.fetch(key, on: req) {
            try await build(try await ClientService.find(clientID, for: user, on: req.db))
        }
        return ClientPages.page(context, name: head.name, content: .raw(part.html)).response()
    }

    static func pageModel(_ client: ClientRecord, user: CurrentUser, on req: Request) async throws -> ClientPages.Model
    {
        try await client.$unit.load(on: req.db)
        try await client.$responsibleWorker.load(on: req.db)
        let periods = try await PeriodService.periods(ofClient: try client.requireID(), on: req.db)
        var model = ClientPages.Model(
            id: try client.requireID(), name: client.name,
            identity: client.identityCode ?? displayIdentity(client, language: req.language),
            language: client.language, phone: client.phone, email: client.email, address: client.address,
            unit: client.unit.name, worker: client.responsibleWorker?.name,
            canEdit: user.can(.writeClientData, inUnit: client.$unit.id))
        model.periods = periods.compactMap { period in
            period.id.map { id in
                let started = period.createdAt.map { Formatting.date($0, req.language) } ?? ""
                let status = req.t(period.isOpen ? .periodStatusOpen : .periodStatusClosed)
                return (id, "\(req.t(.clientPeriods)) \(started)", "\(status), \(req.t(period.currentPhase.title))")
            }
        }
        model.canStartPeriod = model.canEdit && !periods.contains(where: \.isOpen)
        model.decisionLanguage = client.effectiveDecisionLanguage
        let history = try await ConsentService.history(
            ofClient: try client.requireID(), unitID: client.$unit.id, on: req.caller)
        if !history.contacts.isEmpty || !history.consents.isEmpty {
            model.contactHistory = ConsentViews.ClientSection(
                contacts: history.contacts, consents: history.consents, canEdit: model.canEdit, today: Day(req.now))
        }
        try await fillOnePlace(&model, periods: periods, on: req)
        return model
    }

    static func edit(req: Request) async throws -> Response {
        let client = try await ClientService.view(try req.id(.clientID), recordType: "client-edit", on: req.caller)
        var form = ClientForm()
        form.unitID = client.$unit.id.uuidString
        form.name = client.name
        form.identityCode = client.identityCode ?? ""
        form.birthDate =
            client.identityCode == nil ? (client.birthDate.flatMap { Day(parsing: $0) }?.finnish ?? "") : ""
        form.language = client.language
        form.decisionLanguage = client.decisionLanguage ?? ""
        form.phone = client.phone ?? ""
        form.email = client.email ?? ""
        form.address = client.address ?? ""
        form.responsibleWorkerID = client.$responsibleWorker.id?.uuidString ?? ""
        return try await renderForm(
            req, form: form, action: SiteRoute.client(try client.requireID(), .show).href,
            title: req.t(.clientEditTitle, ["name": client.name]))
    }

    static func update(req: Request) async throws -> Response {
        let id = try req.id(.clientID)
        let input = ClientForm(from: req)
        return try await rerenderOn422 {
            _ = try await ClientService.update(id, input, on: req.caller)
            return req.redirect(to: .client(id, .show), notice: .clientSaved)
        } render: { error in
            return try await renderForm(
                req, form: input, action: SiteRoute.client(id, .show).href, title: req.t(.clientEdit), error: error)
        }
    }

    private static func renderForm(
        _ req: Request, form: ClientForm, action: String, title: String, error: AppError? = nil
    ) async throws -> Response {
        let user = try req.requireUser()
        let unitIDs = user.units.filter { user.can(.writeClientData, inUnit: $0.id) }
        let workers = try await UnitMembership.query(on: req.db)
            .filter(\.$unit.$id ~~ unitIDs.map(\.id))
            .filter(
                \.$role
                    ~~ [Role.socialWorker, .socialInstructor, .teamLead, .groupLeader, .outreachWorker].map(\.rawValue)
            )
            .with(\.$user).all()
        var seen = Set<UUID>()
        let workerOptions = workers.compactMap { m -> (id: UUID, name: String)? in
            guard m.user.isActive, seen.insert(m.$user.id).inserted else { return nil }
            return (m.$user.id, m.user.name)
        }.sorted { $0.name < $1.name }
        let context = PageContext(req)
        let fieldError = error.map { AdminController.fieldError($0, context) }
        return ClientPages.form(
            context, title: title, action: action, form: form, units: unitIDs, workers: workerOptions, error: fieldError
        ).response(error == nil ? .ok : .unprocessableEntity)
    }

    /// Goals, upcoming meetings and documents of the client's periods on one page; the
    /// goals are those of the open period (or the latest one).
    static func fillOnePlace(
        _ model: inout ClientPages.Model, periods: [RehabilitationPeriod], on req: Request
    ) async throws {
        let periodIDs = periods.compactMap(\.id)
        guard !periodIDs.isEmpty else { return }
        let current =
            periods.first(where: \.isOpen)
            ?? periods.max { ($0.createdAt ?? .distantPast) < ($1.createdAt ?? .distantPast) }
        if let currentID = current?.id {
            model.goals = try await GoalService.entries(ofPeriod: currentID, on: req.db).map { entry in
                let mark = entry.level == .everyday && entry.goal.reachedOn != nil ? " ✔" : ""
                return "\(req.t(entry.level.title)): \(entry.current.text)\(mark)"
            }
        }
        let today = Day(req.now).iso
        let meetings = try await Meeting.query(on: req.db).filter(\.$period.$id ~~ periodIDs)
            .filter(\.$day >= today).filter(\.$status == "planned").sort(\.$startsAt).limit(10).all()
        let visited = try await PlaceService.places(meetings.compactMap { $0.$servicePlace.id }, on: req.db)
        model.meetings = meetings.map { meeting in
            let type = L10nKey(rawValue: "meetings.type.\(meeting.type)").map { req.t($0) } ?? meeting.type
            guard let place = meeting.$servicePlace.id.flatMap({ visited[$0] }) else { return (meeting.startsAt, type) }
            return (meeting.startsAt, "\(type) – \(PlaceViews.visitText(place, req.t))")
        }
        let decisions = try await Decision.query(on: req.db).filter(\.$period.$id ~~ periodIDs)
            .field(\.$id).field(\.$kind).field(\.$number).field(\.$firstDay).field(\.$lastDay)
            .sort(\.$number, .descending).limit(30).all()
        model.documents = decisions.compactMap { decision in
            guard let id = decision.id else { return nil }
            let kind = L10nKey(rawValue: "decisions.kind.\(decision.kind)").map { req.t($0) } ?? decision.kind
            let range = decision.range.map { " \($0.first.finnish)–\($0.last.finnish)" } ?? ""
            return ("\(kind) \(decision.number)\(range)", SiteRoute.decision(id, .show).href)
        }
        let agreements = try await PeriodDocument.query(on: req.db).filter(\.$period.$id ~~ periodIDs)
            .filter(\.$kind == PeriodDocumentKind.agreement.rawValue).unique().all(\.$period.$id)
        for periodID in Set(agreements) {
            model.documents.insert((req.t(.agreementTitle), SiteRoute.period(periodID, .printAgreement).href), at: 0)
        }
        if let currentID = current?.id {
            model.documents.insert(
                (req.t(.progressTitle, ["name": model.name]), SiteRoute.period(currentID, .progress).href), at: 0)
        }
    }
}
