import Fluent
import RinnallaCore
import Vapor

/// A demo organisation with a user in every role, for trying Rinnalla out.
public enum DemoData {
    public static let password = "demo-salasana-2026"

    struct DemoUser {
        let email: String
        let name: String
        let roles: [(unit: String, role: Role)]
        let mustChangePassword: Bool
    }

    static let west = "Länsi aikuissosiaalityö"
    static let east = "Itä aikuissosiaalityö"
    static let outreach = "Etsivä työ ja matalan kynnyksen palvelut"

    static let users: [DemoUser] = [
        DemoUser(
            email: "admin@demo.rinnalla.fi", name: "Aino Pääkäyttäjä", roles: [(west, .admin)], mustChangePassword: true
        ),
        DemoUser(
            email: "sanna@demo.rinnalla.fi", name: "Sanna Salo", roles: [(west, .socialWorker)],
            mustChangePassword: false),
        DemoUser(
            email: "olli@demo.rinnalla.fi", name: "Olli Ohjaaja", roles: [(west, .socialInstructor)],
            mustChangePassword: false),
        DemoUser(
            email: "rasmus@demo.rinnalla.fi", name: "Rasmus Ryhmä", roles: [(west, .groupLeader)],
            mustChangePassword: false),
        DemoUser(
            email: "eetu@demo.rinnalla.fi", name: "Eetu Etsivä", roles: [(outreach, .outreachWorker)],
            mustChangePassword: false),
        DemoUser(
            email: "tiina@demo.rinnalla.fi", name: "Tiina Tiimi", roles: [(west, .teamLead), (east, .teamLead)],
            mustChangePassword: false),
        DemoUser(
            email: "arja@demo.rinnalla.fi", name: "Arja Arvioija", roles: [(west, .evaluator)],
            mustChangePassword: false),
        DemoUser(
            email: "ilkka@demo.rinnalla.fi", name: "Ilkka Itä", roles: [(east, .socialWorker)],
            mustChangePassword: false),
    ]

    /// Loads the demo organisation unless it is there already. Returns whether it loaded.
    @discardableResult
    public static func load(on app: Application) async throws -> Bool {
        let db = app.db
        if try await User.query(on: db).filter(\.$email == users[0].email).first() != nil { return false }
        // One hash for all demo users: the same password, and cost-12 hashing is slow.
        let hash = try await Passwords.hash(password, on: app)
        let now = app.clock.now()
        let actor = AuditActor.commandLine("demo")
        try await db.atomically { db in
            var unitIDs: [String: UUID] = [:]
            for name in [west, east, outreach] {
                if let existing = try await OrgUnit.query(on: db).filter(\.$name == name).first() {
                    unitIDs[name] = try existing.requireID()
                } else {
                    let unit = OrgUnit(name: name)
                    try await unit.create(on: db)
                    unitIDs[name] = try unit.requireID()
                }
            }
            var userIDs: [String: UUID] = [:]
            for demo in users {
                let user = User(
                    email: demo.email, name: demo.name, passwordHash: hash, mustChangePassword: demo.mustChangePassword)
                try await user.create(on: db)
                userIDs[demo.email] = try user.requireID()
                for (unit, role) in demo.roles {
                    try await UnitMembership(userID: user.requireID(), unitID: unitIDs[unit]!, role: role).create(
                        on: db)
                }
            }
            // Helsinki's four areas, as the handbook's "Alueiden tärpit" divides the city.
            for (order, name) in ["Itä", "Pohjoinen", "Etelä", "Länsi"].enumerated()
            where try await Area.query(on: db).filter(\.$name == name).first() == nil {
                try await Area(name: name, sortOrder: order).create(on: db)
            }
            try await DemoPlaces.load(createdBy: userIDs["sanna@demo.rinnalla.fi"], on: db)
            try await DemoServicePaths.load(createdBy: userIDs["eetu@demo.rinnalla.fi"], on: db)
            if let unit = unitIDs[west], let sanna = userIDs["sanna@demo.rinnalla.fi"] {
                try await DemoCaseload.load(unitID: unit, worker: sanna, now: now, on: db)
            }
            try await DemoGroups.load(units: unitIDs, users: userIDs, now: now, on: db)
            try await DemoGroupFeedback.load(users: userIDs, on: db)
            try await DemoInclusion.load(units: unitIDs, users: userIDs, now: now, on: db)
            if let unit = unitIDs[outreach], let eetu = userIDs["eetu@demo.rinnalla.fi"] {
                let areas = try await Area.all(on: db).compactMap(\.id)
                try await DemoContacts.load(unitID: unit, worker: eetu, areas: areas, now: now, on: db)
            }
            try await DemoSocialReport.load(units: unitIDs, users: userIDs, now: now, on: db)
            try await DemoClientFeedback.load(units: unitIDs, users: userIDs, now: now, on: db)
            try await DemoSuccessStories.loadDemo(units: unitIDs, users: userIDs, on: db)
            if let unit = unitIDs[west], let tiina = userIDs["tiina@demo.rinnalla.fi"] {
                try await DemoLogicModelAdaptations.load(unitID: unit, teamLead: tiina, now: now, on: db)
            }
            try await Setting.query(on: db).filter(\.$id == "organisation.name").delete()
            try await Setting(key: "organisation.name", value: "Demo-hyvinvointialue").create(on: db)
            if let admin = userIDs["admin@demo.rinnalla.fi"] {
                try await demoDecisionFrame(confirmedBy: admin, now: now).save(on: db)
                try await AuditLog.append(
                    .update, actor: actor, recordType: "settings", recordID: DecisionFrameSettings.key,
                    detail: "confirmed", now: now, on: db)
            }
            try await AuditLog.append(.create, actor: actor, recordType: "demo-organisation", now: now, on: db)
        }
        return true
    }

    /// The demo organisation's decision frame, confirmed, so the demo prints complete
    /// decisions (issue 15). The body, address and phone are made up; the review
    /// instructions and the text on service are the shipped defaults.
    static func demoDecisionFrame(confirmedBy admin: UUID, now: Date) -> DecisionFrameSettings {
        var frame = DecisionFrameSettings.defaults
        frame.fi.organisation = "Demo-hyvinvointialue"
        frame.fi.unit = "Aikuissosiaalityö, sosiaalinen kuntoutus"
        frame.fi.reviewBody = "Demo-hyvinvointialueen sosiaali- ja terveyslautakunnan yksilöasioiden jaosto"
        frame.fi.reviewAddress = "Demo-hyvinvointialueen kirjaamo\nPL 1000\n00099 Demo-hyvinvointialue"
        frame.sv.organisation = "Demo-välfärdsområdet"
        frame.sv.unit = "Socialt arbete för vuxna, social rehabilitering"
        frame.sv.reviewBody = "Sektionen för individärenden vid Demo-välfärdsområdets social- och hälsovårdsnämnd"
        frame.sv.reviewAddress = "Demo-välfärdsområdets registratorskontor\nPB 1000\n00099 Demo-välfärdsområdet"
        frame.phone = "09 123 4567"
        frame.confirmedBy = admin
        frame.confirmedByName = users.first { $0.email == "admin@demo.rinnalla.fi" }?.name
        frame.confirmedAt = now
        return frame
    }

    public static var loginSummary: String {
        var lines = ["Demo logins (password for all: \(password)):"]
        for user in users {
            let roles = user.roles.map { "\($0.role.rawValue) @ \($0.unit)" }.joined(separator: ", ")
            let note = user.mustChangePassword ? " (must change password at first login)" : ""
            lines.append("  \(user.email.padding(toLength: 26, withPad: " ", startingAt: 0)) \(roles)\(note)")
        }
        return lines.joined(separator: "\n")
    }
}
