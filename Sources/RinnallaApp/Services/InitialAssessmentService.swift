import Fluent
import RinnallaCore
import Vapor

/// An initial assessment as the page form sends it, before it is checked; its coding keys
/// name the fields for the views and the errors (issue 14). The assessment's own texts
/// are an `InitialAssessmentRules.Draft`, whose problems name the same keys.
struct InitialAssessmentForm: PageForm, Sendable {
    var draft = InitialAssessmentRules.Draft()
    var day: String?
    /// Consent given now, when the client has none for this purpose yet.
    var consentGiven = false
    var consentDay: String?

    enum CodingKeys: String, CodingKey {
        case day, situation, needs, strengths, urgency, nextSteps
        /// Checkboxes: checked when sent as "on".
        case recordedTogether, consentGiven
        case consentDay
    }

    init(
        draft: InitialAssessmentRules.Draft = .init(), day: String? = nil, consentGiven: Bool = false,
        consentDay: String? = nil
    ) {
        self.draft = draft
        self.day = day
        self.consentGiven = consentGiven
        self.consentDay = consentDay
    }

    init() { self.init(draft: .init()) }

    /// The form showing an assessment, for changing it.
    init(_ assessment: InitialAssessment) {
        self.init(
            draft: .init(
                situation: assessment.situation, needs: assessment.needs, strengths: assessment.strengths,
                urgency: assessment.urgency, nextSteps: assessment.nextSteps,
                recordedTogether: assessment.recordedTogether),
            day: Day(parsing: assessment.day)?.finnish ?? "")
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String? { try c.decodeIfPresent(String.self, forKey: key) }
        self.init(
            draft: .init(
                situation: try text(.situation), needs: try text(.needs), strengths: try text(.strengths),
                urgency: try text(.urgency), nextSteps: try text(.nextSteps),
                recordedTogether: try text(.recordedTogether) == "on"),
            day: try text(.day), consentGiven: try text(.consentGiven) == "on", consentDay: try text(.consentDay))
    }
}

/// The initial assessment (ensi- tai alkuarviointi) in a client's record: "Ensiarviointi
/// kirjataan asiakastietojärjestelmään asiakkaan kanssa yhdessä". It needs the client's
/// recorded consent for that purpose; the form records the consent when it is not there
/// yet (who recorded it, when, what for). Every read and change is audited.
/// The period start page deepening an initial assessment (`?assessment=<id>`).
struct PeriodStartQuery: PageForm, Sendable {
    var assessment: String?

    enum CodingKeys: String, CodingKey {
        case assessment
    }
}

enum InitialAssessmentService {
    typealias Input = InitialAssessmentForm

    /// The client's consent to recording an initial assessment, if one is in force.
    static func consent(ofClient clientID: UUID, on db: any Database) async throws -> Consent? {
        try await Consent.query(on: db).filter(\.$client.$id == clientID)
            .filter(\.$purpose == ConsentPurpose.initialAssessment.rawValue).filter(\.$withdrawnOn == nil)
            .with(\.$recordedBy).sort(\.$recordedAt, .descending).first()
    }

    static func find(_ id: UUID, for user: CurrentUser, on db: any Database) async throws -> InitialAssessment {
        guard
            let assessment = try await InitialAssessment.query(on: db).filter(\.$id == id).with(\.$client)
                .with(\.$recordedBy).first(),
            user.can(.readClientData, inUnit: assessment.$unit.id)
        else { throw AppError.notFound }
        return assessment
    }

    static func view(_ id: UUID, on caller: Caller) async throws -> InitialAssessment {
        let assessment = try await find(id, for: try caller.requireUser(), on: caller.db)
        try await AuditLog.append(
            .view, unitID: assessment.$unit.id, clientID: assessment.$client.id, recordType: "initial-assessment",
            recordID: id.uuidString, on: caller)
        return assessment
    }

    static func ofClient(_ clientID: UUID, on db: any Database) async throws -> [InitialAssessment] {
        try await InitialAssessment.query(on: db).filter(\.$client.$id == clientID)
            .sort(\.$day, .descending).sort(\.$createdAt, .descending).all()
    }

    static func day(_ text: String?, field: String, today: Day) throws -> Day {
        guard let text = InputRules.trimmed(text) else { return today }
        guard let day = Day(parsing: text) else { throw AppError.invalid(.errorDateInvalid, field: field) }
        guard day <= today else { throw AppError.invalid(.assessmentErrorDay, field: field) }
        return day
    }

    static func validate(_ input: Input, today: Day) throws -> (InitialAssessmentRules.Valid, Day) {
        let day = try day(input.day, field: InitialAssessmentForm.name(.day), today: today)
        var valid: InitialAssessmentRules.Valid?
        try PeriodDocumentService.check { () throws(FieldProblem) in
            valid = try InitialAssessmentRules.validate(input.draft)
        }
        return (valid!, day)
    }

    static func create(clientID: UUID, _ input: Input, on caller: Caller) async throws -> InitialAssessment {
        let user = try caller.requireUser()
        let client = try await ClientService.find(clientID, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: client.$unit.id) else { throw AppError.forbidden }
        let today = Day(caller.now)
        let existing = try await consent(ofClient: clientID, on: caller.db)
        var newConsentDay: Day?
        if existing == nil {
            guard input.consentGiven else {
                throw AppError.invalid(.assessmentErrorConsent, field: InitialAssessmentForm.name(.consentGiven))
            }
            newConsentDay = try day(input.consentDay, field: InitialAssessmentForm.name(.consentDay), today: today)
        }
        let consentDay = newConsentDay
        let (valid, day) = try validate(input, today: today)
        return try await caller.db.atomically { db in
            if let consentDay {
                let consent = Consent()
                consent.$unit.id = client.$unit.id
                consent.$client.id = clientID
                consent.purpose = ConsentPurpose.initialAssessment.rawValue
                consent.givenOn = consentDay.iso
                consent.$recordedBy.id = user.id
                consent.recordedAt = caller.now
                try await consent.create(on: db)
                try await AuditLog.append(
                    .create, unitID: client.$unit.id, clientID: clientID, recordType: "consent",
                    recordID: consent.id?.uuidString, detail: ConsentPurpose.initialAssessment.rawValue, on: caller,
                    db: db)
            }
            let assessment = InitialAssessment()
            assessment.$unit.id = client.$unit.id
            assessment.$client.id = clientID
            assessment.$recordedBy.id = user.id
            apply(valid, day: day, to: assessment)
            try await assessment.create(on: db)
            try await AuditLog.append(
                .create, unitID: client.$unit.id, clientID: clientID, recordType: "initial-assessment",
                recordID: assessment.id?.uuidString, detail: valid.urgency.rawValue, on: caller, db: db)
            return assessment
        }
    }

    static func update(_ id: UUID, _ input: Input, on caller: Caller) async throws -> InitialAssessment {
        let user = try caller.requireUser()
        let assessment = try await find(id, for: user, on: caller.db)
        guard user.can(.writeClientData, inUnit: assessment.$unit.id) else { throw AppError.forbidden }
        let (valid, day) = try validate(input, today: Day(caller.now))
        return try await caller.db.atomically { db in
            apply(valid, day: day, to: assessment)
            try await assessment.update(on: db)
            try await AuditLog.append(
                .update, unitID: assessment.$unit.id, clientID: assessment.$client.id,
                recordType: "initial-assessment", recordID: id.uuidString, detail: valid.urgency.rawValue,
                on: caller, db: db)
            return assessment
        }
    }

    static func apply(_ valid: InitialAssessmentRules.Valid, day: Day, to assessment: InitialAssessment) {
        assessment.day = day.iso
        assessment.situation = valid.situation
        assessment.needs = valid.needs
        assessment.strengths = valid.strengths
        assessment.urgency = valid.urgency.rawValue
        assessment.nextSteps = valid.nextSteps
        assessment.recordedTogether = true
    }
}
