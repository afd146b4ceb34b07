import Fluent
import RinnallaCore
import Vapor

/// Who may reach a route, recorded on the route itself so the tests can enumerate them.
enum RouteAccess: String, Sendable {
    /// Reachable without logging in: login, health checks, the API document, token creation.
    case `public`
    /// Any logged-in user.
    case user
    /// Data of one unit; a user outside the unit gets 404.
    case unitData
    /// Administrators only.
    case admin

    static let key = "rinnalla.access"
}

extension Route {
    @discardableResult
    func access(_ access: RouteAccess) -> Route {
        userInfo[RouteAccess.key] = access.rawValue
        return self
    }

    var access: RouteAccess? {
        (userInfo[RouteAccess.key] as? String).flatMap(RouteAccess.init(rawValue:))
    }
}

func routes(_ app: Application) throws {
    // Public
    app.get("healthz", use: HealthController.live).access(.public)
    app.get("readyz", use: HealthController.ready).access(.public)
    app.get("api", "openapi.json", use: OpenAPIDocument.serve).access(.public)
    app.get("login", use: AuthController.showLogin).access(.public)
    app.grouped(CSRFMiddleware()).post("login", use: AuthController.login).access(.public)
    app.post("api", "v1", "auth", "token", use: APIAuthController.createToken).access(.public).api(.createToken)

    // Pages for logged-in users
    let pages = app.grouped(RequireUserMiddleware(), CSRFMiddleware())
    pages.get(use: HomeController.show).access(.user)
    pages.post("logout", use: AuthController.logout).access(.user)
    pages.get("account", "password", use: AuthController.showChangePassword).access(.user)
    pages.post("account", "password", use: AuthController.changePassword).access(.user)
    pages.post("account", "language", use: AuthController.setLanguage).access(.user)
    pages.get("units", ":unitID", use: UnitController.show).access(.unitData)
    pages.get("units", ":unitID", "audit", use: UnitController.audit).access(.unitData)

    let clientPages = pages.grouped(RequireCapabilityMiddleware(capability: .readClientData))
    clientPages.get("clients", use: ClientController.list).access(.user)
    clientPages.get("clients", "new", use: ClientController.new).access(.user)
    clientPages.post("clients", use: ClientController.create).access(.user)
    clientPages.get("clients", ":clientID", use: ClientController.show).access(.unitData)
    clientPages.get("clients", ":clientID", "edit", use: ClientController.edit).access(.unitData)
    clientPages.post("clients", ":clientID", use: ClientController.update).access(.unitData)
    clientPages.get("clients", ":clientID", "periods", "new", use: PeriodController.new).access(.unitData)
    clientPages.post("clients", ":clientID", "periods", use: PeriodController.create).access(.unitData)
    clientPages.get("periods", ":periodID", use: PeriodController.show).access(.unitData)
    clientPages.post("periods", ":periodID", "phase", use: PeriodController.setPhase).access(.unitData)
    clientPages.post("periods", ":periodID", "decisions", use: DecisionController.create).access(.unitData)
    clientPages.get("decisions", ":decisionID", use: DecisionController.show).access(.unitData)
    clientPages.post("periods", ":periodID", "meetings", use: MeetingController.create).access(.unitData)
    clientPages.post("periods", ":periodID", "meetings", "plan", use: MeetingController.plan).access(.unitData)
    clientPages.get("meetings", ":meetingID", use: MeetingController.show).access(.unitData)
    clientPages.post("periods", ":periodID", "allowances", use: AllowanceController.decide).access(.unitData)
    pages.get("units", ":unitID", "allowances", use: AllowanceController.payments).access(.unitData)
    clientPages.post("meetings", ":meetingID", use: MeetingController.update).access(.unitData)
    clientPages.get("decisions", ":decisionID", "print", use: DecisionController.print).access(.unitData)
    clientPages.get("periods", ":periodID", "goals", use: GoalController.list).access(.unitData)
    clientPages.post("periods", ":periodID", "goals", use: GoalController.create).access(.unitData)
    clientPages.get("goals", ":goalID", use: GoalController.show).access(.unitData)
    clientPages.post("goals", ":goalID", use: GoalController.revise).access(.unitData)
    clientPages.post("goals", ":goalID", "reached", use: GoalController.setReached).access(.unitData)
    clientPages.get("periods", ":periodID", "evaluations", use: EvaluationController.list).access(.unitData)
    clientPages.post("periods", ":periodID", "evaluations", use: EvaluationController.create).access(.unitData)
    clientPages.get("periods", ":periodID", "plan", use: PlanController.show).access(.unitData)
    clientPages.post("periods", ":periodID", "plan", ":kind", use: PlanController.save).access(.unitData)
    clientPages.get("periods", ":periodID", "agreement", "print", use: PlanController.printAgreement).access(.unitData)
    clientPages.get("periods", ":periodID", "progress", use: ProgressController.show).access(.unitData)
    registerSelfAssessmentPages(clientPages)
    registerGroupPages(clientPages)

    let admin = pages.grouped(RequireCapabilityMiddleware(capability: .manageUsers))
    admin.get("admin", "users", use: AdminController.users).access(.admin)
    admin.post("admin", "users", use: AdminController.createUser).access(.admin)
    admin.get("admin", "users", ":userID", use: AdminController.user).access(.admin)
    admin.post("admin", "users", ":userID", use: AdminController.updateUser).access(.admin)
    admin.post("admin", "users", ":userID", "roles", use: AdminController.addRole).access(.admin)
    admin.post("admin", "users", ":userID", "roles", ":membershipID", "remove", use: AdminController.removeRole)
        .access(.admin)
    admin.post("admin", "users", ":userID", "status", use: AdminController.setStatus).access(.admin)
    admin.post("admin", "users", ":userID", "password", use: AdminController.resetPassword).access(.admin)
    admin.get("admin", "units", use: AdminController.units).access(.admin)
    admin.post("admin", "units", use: AdminController.createUnit).access(.admin)
    registerInstrumentAdmin(admin)
    app.grouped(RequireUserMiddleware(), RequireCapabilityMiddleware(capability: .viewLoginAudit))
        .get("admin", "logins", use: AdminController.logins).access(.admin)

    // API (bearer token)
    let api = app.grouped("api", "v1").grouped(RequireUserMiddleware())
    api.delete("auth", "token", use: APIAuthController.revokeToken).access(.user).api(.revokeToken)
    api.get("me", use: APIAuthController.me).access(.user).api(.getMe)
    api.post("me", "password", use: APIAuthController.changePassword).access(.user).api(.changeMyPassword)

    let apiClients = api.grouped(RequireCapabilityMiddleware(capability: .readClientData))
    apiClients.get("clients", use: APIClientController.list).access(.user).api(.listClients)
    apiClients.post("clients", use: APIClientController.create).access(.user).api(.createClient)
    apiClients.get("clients", ":clientID", use: APIClientController.get).access(.unitData).api(.getClient)
    apiClients.patch("clients", ":clientID", use: APIClientController.update).access(.unitData).api(.updateClient)
    apiClients.get("clients", ":clientID", "periods", use: APIPeriodController.list).access(.unitData).api(.listPeriods)
    apiClients.post("clients", ":clientID", "periods", use: APIPeriodController.create)
        .access(.unitData).api(.startPeriod)
    apiClients.get("periods", ":periodID", use: APIPeriodController.get).access(.unitData).api(.getPeriod)
    apiClients.get("periods", ":periodID", "decisions", use: APIDecisionController.list)
        .access(.unitData).api(.listDecisions)
    apiClients.post("periods", ":periodID", "decisions", use: APIDecisionController.create)
        .access(.unitData).api(.createDecision)
    apiClients.get("periods", ":periodID", "allowances", use: APIAllowanceController.list)
        .access(.unitData).api(.listAllowanceMonths)
    apiClients.get("periods", ":periodID", "meetings", use: APIMeetingController.list)
        .access(.unitData).api(.listMeetings)
    apiClients.post("periods", ":periodID", "meetings", use: APIMeetingController.create)
        .access(.unitData).api(.createMeeting)
    apiClients.patch("meetings", ":meetingID", use: APIMeetingController.update).access(.unitData).api(.updateMeeting)
    apiClients.get("periods", ":periodID", "goals", use: APIGoalController.list).access(.unitData).api(.listGoals)
    apiClients.post("periods", ":periodID", "goals", use: APIGoalController.create).access(.unitData).api(.createGoal)
    apiClients.get("goals", ":goalID", use: APIGoalController.get).access(.unitData).api(.getGoal)
    apiClients.post("goals", ":goalID", "versions", use: APIGoalController.revise).access(.unitData).api(.reviseGoal)
    apiClients.get("periods", ":periodID", "evaluations", use: APIEvaluationController.list)
        .access(.unitData).api(.listEvaluations)
    apiClients.post("periods", ":periodID", "evaluations", use: APIEvaluationController.create)
        .access(.unitData).api(.createEvaluation)
    apiClients.get("periods", ":periodID", "plan", use: APIPlanController.get).access(.unitData).api(.getPlan)
    apiClients.put("periods", ":periodID", "plan", ":kind", use: APIPlanController.save)
        .access(.unitData).api(.savePlanDocument)
    registerSelfAssessmentAPI(api, clients: apiClients)
    registerGroupAPI(apiClients)

    let apiAdmin = api.grouped(RequireCapabilityMiddleware(capability: .manageUsers))
    apiAdmin.get("users", use: APIAdminController.listUsers).access(.admin).api(.listUsers)
    apiAdmin.post("users", use: APIAdminController.createUser).access(.admin).api(.createUser)
    apiAdmin.get("users", ":userID", use: APIAdminController.getUser).access(.admin).api(.getUser)
    apiAdmin.patch("users", ":userID", use: APIAdminController.updateUser).access(.admin).api(.updateUser)
    apiAdmin.post("users", ":userID", "roles", use: APIAdminController.addRole).access(.admin).api(.addRole)
    apiAdmin.delete("users", ":userID", "roles", ":membershipID", use: APIAdminController.removeRole)
        .access(.admin).api(.removeRole)
    apiAdmin.post("users", ":userID", "deactivate", use: APIAdminController.deactivate)
        .access(.admin).api(.deactivateUser)
    apiAdmin.post("users", ":userID", "activate", use: APIAdminController.activate).access(.admin).api(.activateUser)
    apiAdmin.get("units", use: APIAdminController.listUnits).access(.admin).api(.listUnits)
    apiAdmin.post("units", use: APIAdminController.createUnit).access(.admin).api(.createUnit)
    apiAdmin.get("units", ":unitID", use: APIAdminController.getUnit).access(.admin).api(.getUnit)

    registerWorkerDayRoutes(app, pages: pages, clientPages: clientPages, admin: admin, apiClients: apiClients)
    registerPlaceRoutes(pages: pages, clientPages: clientPages, admin: admin, api: api, apiClients: apiClients)
    registerGroupFeedbackRoutes(app, clientPages: clientPages, apiClients: apiClients)
    registerContactRoutes(clientPages: clientPages, apiClients: apiClients)
    registerServicePathRoutes(clientPages: clientPages, apiClients: apiClients)
    registerSocialReportRoutes(pages: pages, api: api)
    registerInclusionCollectRoutes(app, pages: pages, admin: admin, api: api)
    registerInclusionStoryRoutes(pages: pages)
    registerInclusionResultsRoutes(pages: pages, api: api)
}
