/// A user's role in a unit. The raw values are the identifiers used by the CLI and the API.
public enum Role: String, CaseIterable, Codable, Sendable, Hashable {
    case socialWorker = "social-worker"
    case socialInstructor = "social-instructor"
    case groupLeader = "group-leader"
    case outreachWorker = "outreach-worker"
    case teamLead = "team-lead"
    case evaluator = "evaluator"
    case admin = "admin"

    /// What the role may do. Evaluators see anonymous aggregates only and admins manage
    /// users and units: neither ever reads client records.
    /// Whether an administrator may give this role to themselves: only roles that open no
    /// client data, unit audit, payments or aggregates (issue 13, item 14).
    public var mayBeGivenToOneself: Bool {
        capabilities.isDisjoint(with: [
            .readClientData, .writeClientData, .makeDecisions, .viewUnitAudit, .viewUnitPayments, .viewAggregates,
            .manageInclusionEvaluations, .enterSurveyResponses,
        ])
    }

    public var capabilities: Set<Capability> {
        switch self {
        case .socialWorker, .socialInstructor:
            [.readClientData, .writeClientData, .makeDecisions, .enterSurveyResponses]
        case .groupLeader, .outreachWorker:
            [.readClientData, .writeClientData, .enterSurveyResponses]
        case .teamLead:
            [
                .readClientData, .writeClientData, .makeDecisions, .viewUnitAudit, .viewAggregates, .viewUnitPayments,
                .manageInclusionEvaluations, .enterSurveyResponses,
            ]
        case .evaluator:
            [.viewAggregates, .manageInclusionEvaluations, .enterSurveyResponses]
        case .admin:
            [.manageUsers, .viewLoginAudit]
        }
    }

    public var l10nKey: L10nKey {
        switch self {
        case .socialWorker: .roleSocialWorker
        case .socialInstructor: .roleSocialInstructor
        case .groupLeader: .roleGroupLeader
        case .outreachWorker: .roleOutreachWorker
        case .teamLead: .roleTeamLead
        case .evaluator: .roleEvaluator
        case .admin: .roleAdmin
        }
    }

    /// Parses a CLI/API identifier, case-insensitively.
    public init?(identifier: String) {
        self.init(rawValue: identifier.lowercased().trimmingCharacters(in: .whitespaces))
    }
}

public enum Capability: String, Sendable, Hashable, CaseIterable {
    case readClientData
    case writeClientData
    case makeDecisions
    case viewUnitAudit
    case viewUnitPayments
    case viewAggregates
    case manageUsers
    case viewLoginAudit
    /// Inclusion evaluations (issue 6): create evaluations and rounds, record success-story
    /// interviews and the 24-question self-evaluation, import and export responses. No
    /// client data: evaluations hold anonymous responses and pseudonymous interviews.
    case manageInclusionEvaluations
    /// Type in paper answers to an inclusion survey round of the unit ("paper entry").
    case enterSurveyResponses
}

/// One role held in one unit.
public struct Membership: Sendable, Hashable, Codable {
    public var unitID: String
    public var role: Role

    public init(unitID: String, role: Role) {
        self.unitID = unitID
        self.role = role
    }
}

/// The access rules for a user, computed from their memberships.
public struct AccessPolicy: Sendable {
    public let memberships: [Membership]

    public init(memberships: [Membership]) {
        self.memberships = memberships
    }

    public var roles: Set<Role> { Set(memberships.map(\.role)) }

    public func has(_ capability: Capability) -> Bool {
        memberships.contains { $0.role.capabilities.contains(capability) }
    }

    /// Units in which the user holds a role granting `capability`.
    public func units(with capability: Capability) -> Set<String> {
        Set(memberships.filter { $0.role.capabilities.contains(capability) }.map(\.unitID))
    }

    public func can(_ capability: Capability, inUnit unitID: String) -> Bool {
        memberships.contains { $0.unitID == unitID && $0.role.capabilities.contains(capability) }
    }

    public var isMember: (String) -> Bool {
        let ids = Set(memberships.map(\.unitID))
        return { ids.contains($0) }
    }
}
