import Fluent
import RinnallaCore
import Vapor

/// Linking a contact, or every contact of a nickname, to a client record with the person's
/// consent; withdrawing the consent from the client page.
enum ConsentController {
    static func target(_ req: Request) throws -> (ConsentService.Target, action: String, back: String) {
        if req.text(.contactID) != nil {
            let id = try req.id(.contactID)
            return (.contact(id), SiteRoute.contact(id, .consent).href, SiteRoute.contact(id, .show).href)
        }
        let id = try req.id(.nicknameID)
        return (.nickname(id), SiteRoute.nickname(id, .consent).href, SiteRoute.nickname(id, .show).href)
    }

    static func show(req: Request) async throws -> Response {
        try await render(req, form: .init(), error: nil)
    }

    static func render(_ req: Request, form: ConsentViews.Form, error: AppError?) async throws -> Response {
        let (target, action, back) = try target(req)
        let scope = try await ConsentService.scope(target, on: req.caller)
        let query = ClientSearchForm(query: req).text
        let found = try await ClientService.search(query, on: req.caller).filter { $0.$unit.id == scope.unitID }
            .compactMap { client in
                client.id.map { ($0, client.name, ClientController.displayIdentity(client, language: req.language)) }
            }
        let context = PageContext(req)
        let model = ConsentViews.Model(
            action: action, back: back, contacts: scope.contacts, query: query, found: found, today: Day(req.now))
        return ConsentViews.page(
            context, model, form: form, error: error.map { AdminController.fieldError($0, context) }
        )
        .response(error == nil ? .ok : .unprocessableEntity)
    }

    static func link(req: Request) async throws -> Response {
        let (target, _, _) = try target(req)
        let input = ConsentForm(from: req)
        return try await rerenderOn422 {
            let (_, clientID) = try await ConsentService.link(target, input, on: req.caller)
            return req.redirect(to: .client(clientID, .show), notice: .consentSaved, fragment: "contacts-before")
        } render: { error in
            return try await render(req, form: input, error: error)
        }
    }

    static func withdraw(req: Request) async throws -> Response {
        let consent = try await ConsentService.withdraw(
            try req.id(.consentID), ConsentWithdrawalForm(from: req), on: req.caller)
        return req.redirect(
            to: .client(consent.$client.id, .show), notice: .consentWithdrawn, fragment: "contacts-before")
    }
}
