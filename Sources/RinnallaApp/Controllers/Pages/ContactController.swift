import Fluent
import RinnallaCore
import Vapor

/// `/contacts`: the phone form, the unit's list, one contact and a nickname's encounters.
/// The form also answers the offline queue: sent with `Accept: application/json` it
/// answers the stored contact as JSON (201 new, 200 already stored).
enum ContactController {
    static func areas(on db: any Database) async throws -> [PlaceViews.AreaOption] {
        try await PlaceController.areas(on: db)
    }

    static func new(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let units = ContactService.recordingUnits(user)
        guard !units.isEmpty else { throw AppError.forbidden }
        var saved: (id: UUID, day: String)?
        if let text = ContactSavedQuery(query: req).saved, let id = UUID(uuidString: text),
            let contact = try await Contact.find(id, on: req.db), user.can(.readClientData, inUnit: contact.$unit.id)
        {
            saved = (id, ContactViews.dayText(contact.day))
        }
        var form = ContactViews.Form()
        form.unitID = units[0].id.uuidString
        return ContactViews.formPage(
            PageContext(req, notice: Notice.from(req)), form: form, units: units, areas: try await areas(on: req.db),
            today: Day(req.now), saved: saved, error: nil
        ).response()
    }

    static func wantsJSON(_ req: Request) -> Bool {
        req.headers.accept.mediaTypes.first == .json
    }

    static func create(req: Request) async throws -> Response {
        let input = ContactForm(from: req)
        return try await rerenderOn422 {
            let (contact, created) = try await ContactService.create(input, on: req.caller)
            if wantsJSON(req) {
                return try await APIContactController.dto(contact).encodeResponse(
                    status: created ? .created : .ok, for: req)
            }
            return req.redirect(
                to: SiteRoute.contacts(.new).href([
                    "notice": Notice.contactSaved.rawValue,
                    ContactSavedQuery.name(.saved): "\(try contact.requireID())",
                ]))
        } render: { error in
            // The JSON twin of the form answers with the API's error body.
            guard !wantsJSON(req) else { throw error }
            let user = try req.requireUser()
            let context = PageContext(req)
            return ContactViews.formPage(
                context, form: input, units: ContactService.recordingUnits(user),
                areas: try await areas(on: req.db), today: Day(req.now),
                error: AdminController.fieldError(error, context)
            ).response(.unprocessableEntity)
        }
    }

    static func list(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let units = ContactService.readingUnits(user)
        guard let first = units.first else { throw AppError.forbidden }
        let asked = ContactListForm(query: req)
        let unitID = asked.unit.flatMap(UUID.init(uuidString:)).flatMap { id in units.first { $0.id == id }?.id }
        var model = ContactViews.ListModel(units: units, unitID: unitID ?? first.id)
        model.from = asked.from ?? ""
        model.to = asked.to ?? ""
        model.channel = asked.channel ?? ""
        model.topic = asked.topic ?? ""
        model.nickname = asked.nickname ?? ""
        // Values that are not dates or not in the lists are ignored, as in the place search.
        let filter = ContactService.Filter(
            unitID: model.unitID, from: Day(parsing: model.from), to: Day(parsing: model.to),
            channel: ContactChannel(rawValue: model.channel), topic: ContactTopic(rawValue: model.topic),
            nickname: model.nickname)
        model.contacts = try await ContactService.list(filter, on: req.caller)
        model.canRecord = !ContactService.recordingUnits(user).isEmpty
        return ContactViews.list(PageContext(req, notice: Notice.from(req)), model).response()
    }

    static func show(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let contact = try await ContactService.view(try req.id(.contactID), on: req.caller)
        var clientName: String?
        if let clientID = contact.$client.id {
            clientName = try await ClientRecord.find(clientID, on: req.db)?.name
        }
        var model = ContactViews.PageModel(
            contact: contact, recordedBy: contact.recordedBy.name, clientName: clientName,
            canLink: user.can(.writeClientData, inUnit: contact.$unit.id))
        let context = PageContext(req, notice: Notice.from(req))
        model.extra = try await ContactPageSections.sections(for: contact, context: context, on: req)
        return ContactViews.page(context, model).response()
    }

    static func nickname(req: Request) async throws -> Response {
        let user = try req.requireUser()
        let (nickname, contacts) = try await ContactService.encounters(of: try req.id(.nicknameID), on: req.caller)
        return ContactViews.nicknamePage(
            PageContext(req, notice: Notice.from(req)), nickname: nickname, contacts: contacts,
            canLink: user.can(.writeClientData, inUnit: nickname.$unit.id)
        ).response()
    }
}
