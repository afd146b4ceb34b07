import Fluent
import RinnallaCore
import Vapor

/// A service as the page form and the API send it, before it is checked; its coding keys
/// name the fields for the views and the errors (issue 14). The texts are checked by
/// `ServicePathRules`, whose field names are the same keys.
struct ServicePathForm: PageForm, Sendable {
    var name: String?
    var kind: String?
    var description: String?
    var howToRefer: String?
    var phone: String?
    var email: String?
    var address: String?
    var webAddress: String?
    var openingHours: String?
    var areaID: String?
    var active = true

    enum CodingKeys: String, CodingKey {
        case name, kind, description, howToRefer, phone, email, address, webAddress, openingHours, areaID
        /// A checkbox: checked when sent as "on".
        case active
    }

    init(draft: ServicePathRules.Draft = .init(), areaID: String? = nil, active: Bool = true) {
        name = draft.name
        kind = draft.kind
        description = draft.description
        howToRefer = draft.howToRefer
        phone = draft.phone
        email = draft.email
        address = draft.address
        webAddress = draft.webAddress
        openingHours = draft.openingHours
        self.areaID = areaID
        self.active = active
    }

    init() { self.init(draft: .init()) }

    /// A new service's form.
    static let blank = ServicePathForm(draft: .init(kind: ServicePathKind.debtCounselling.rawValue))

    /// The texts, for `ServicePathRules`.
    var draft: ServicePathRules.Draft {
        .init(
            name: name, kind: kind, description: description, howToRefer: howToRefer, phone: phone, email: email,
            address: address, webAddress: webAddress, openingHours: openingHours)
    }
}

extension ServicePathForm {
    /// The form showing a service, for editing it.
    init(_ service: ServicePath) {
        self.init(
            draft: .init(
                name: service.name, kind: service.kind, description: service.description,
                howToRefer: service.howToRefer, phone: service.phone ?? "", email: service.email ?? "",
                address: service.address ?? "", webAddress: service.webAddress ?? "",
                openingHours: service.openingHours),
            areaID: service.$area.id?.uuidString ?? "", active: service.isActive)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            draft: .init(
                name: try c.decodeIfPresent(String.self, forKey: .name),
                kind: try c.decodeIfPresent(String.self, forKey: .kind),
                description: try c.decodeIfPresent(String.self, forKey: .description),
                howToRefer: try c.decodeIfPresent(String.self, forKey: .howToRefer),
                phone: try c.decodeIfPresent(String.self, forKey: .phone),
                email: try c.decodeIfPresent(String.self, forKey: .email),
                address: try c.decodeIfPresent(String.self, forKey: .address),
                webAddress: try c.decodeIfPresent(String.self, forKey: .webAddress),
                openingHours: try c.decodeIfPresent(String.self, forKey: .openingHours)),
            areaID: try c.decodeIfPresent(String.self, forKey: .areaID),
            active: try decoder.container(keyedBy: FormFieldKey.self).checked(Self.name(.active)))
    }
}

/// The agreed service paths directory ("Sovitut palvelupolut ja yhteistyörakenteet"):
/// partner services and how to refer to them. The organisation shares one directory, so
/// every worker reads the same list; any worker with client work may keep it up to date
/// (the same rule as the local service map), and every change is audited.
enum ServicePathService {
    struct Filter: Sendable {
        var text: String?
        var kind: ServicePathKind?
        var area: PlaceService.AreaFilter = .any
        var includeInactive = false
    }

    typealias Input = ServicePathForm

    /// Services matching the filter, by kind (in the vocabulary's order) then name; the
    /// area is loaded. The directory is small, so the text is matched here the same way on
    /// both databases, ignoring case and accents.
    static func search(_ filter: Filter, on db: any Database) async throws -> [ServicePath] {
        var query = ServicePath.query(on: db).with(\.$area)
        switch filter.area {
        case .any: break
        case .none: query = query.filter(\.$area.$id == nil)
        case .area(let id): query = query.filter(\.$area.$id == id)
        }
        if let kind = filter.kind { query = query.filter(\.$kind == kind.rawValue) }
        if !filter.includeInactive { query = query.filter(\.$isActive == true) }
        let services = try await query.all().filter { service in
            guard let text = InputRules.trimmed(filter.text) else { return true }
            return PlaceRules.matches(
                text,
                in: [
                    service.name, service.description, service.howToRefer, service.address ?? "", service.kindLabelKey,
                ])
        }
        let order = Dictionary(uniqueKeysWithValues: ServicePathKind.allCases.enumerated().map { ($1.rawValue, $0) })
        return services.sorted { a, b in
            let kindA = order[a.kind] ?? Int.max
            let kindB = order[b.kind] ?? Int.max
            if kindA != kindB { return kindA < kindB }
            return a.name.compare(b.name, locale: Locale(identifier: "fi_FI")) == .orderedAscending
        }
    }

    static func find(_ id: UUID, on db: any Database) async throws -> ServicePath {
        guard let service = try await ServicePath.query(on: db).filter(\.$id == id).with(\.$area).first() else {
            throw AppError.notFound
        }
        return service
    }

    /// Decision: the same rule as the local service map — any worker with client work in
    /// some unit (social workers, instructors, group leaders, outreach workers, team leads)
    /// may add and edit services; the audit trail shows who changed what.
    static func canEdit(_ user: CurrentUser) -> Bool { user.can(.writeClientData) }

    static func validate(_ input: Input, on db: any Database) async throws -> (ServicePathRules.Valid, UUID?) {
        let valid: ServicePathRules.Valid
        do { valid = try ServicePathRules.validate(input.draft) } catch {
            throw AppError.invalid(error.key, field: error.field, arguments: error.arguments)
        }
        var areaID: UUID?
        if let text = InputRules.trimmed(input.areaID) {
            guard let id = UUID(uuidString: text), try await Area.find(id, on: db) != nil else {
                throw AppError.invalid(.errorChoiceInvalid, field: ServicePathForm.name(.areaID))
            }
            areaID = id
        }
        return (valid, areaID)
    }

    static func create(_ input: Input, on caller: Caller) async throws -> ServicePath {
        let user = try caller.requireUser()
        guard canEdit(user) else { throw AppError.forbidden }
        let (valid, areaID) = try await validate(input, on: caller.db)
        return try await caller.db.atomically { db in
            let service = ServicePath()
            apply(valid, areaID: areaID, active: input.active, to: service)
            service.$createdBy.id = user.id
            try await service.create(on: db)
            try await AuditLog.append(
                .create, recordType: "service-path", recordID: service.id?.uuidString, detail: valid.name,
                on: caller, db: db)
            return service
        }
    }

    static func update(_ id: UUID, _ input: Input, on caller: Caller) async throws -> ServicePath {
        let user = try caller.requireUser()
        let service = try await find(id, on: caller.db)
        guard canEdit(user) else { throw AppError.forbidden }
        let (valid, areaID) = try await validate(input, on: caller.db)
        return try await caller.db.atomically { db in
            apply(valid, areaID: areaID, active: input.active, to: service)
            try await service.update(on: db)
            try await AuditLog.append(
                .update, recordType: "service-path", recordID: id.uuidString,
                detail: "\(valid.name)\(input.active ? "" : " (inactive)")", on: caller, db: db)
            return service
        }
    }

    /// Only a service nobody was referred to can be deleted; the referrals keep their
    /// service, so one in use is taken out of use instead.
    static func delete(_ id: UUID, on caller: Caller) async throws {
        let user = try caller.requireUser()
        let service = try await find(id, on: caller.db)
        guard canEdit(user) else { throw AppError.forbidden }
        try await caller.db.atomically { db in
            guard try await Referral.query(on: db).filter(\.$servicePath.$id == id).count() == 0 else {
                throw AppError(
                    status: .conflict, code: "service-path-in-use", key: .servicePathErrorInUse,
                    field: ServicePathForm.name(.active))
            }
            try await service.delete(on: db)
            try await AuditLog.append(
                .delete, recordType: "service-path", recordID: id.uuidString, detail: service.name, on: caller,
                db: db)
        }
    }

    static func apply(_ valid: ServicePathRules.Valid, areaID: UUID?, active: Bool, to service: ServicePath) {
        service.name = valid.name
        service.kind = valid.kind.rawValue
        service.$area.id = areaID
        service.description = valid.description
        service.howToRefer = valid.howToRefer
        service.phone = valid.phone
        service.email = valid.email
        service.address = valid.address
        service.webAddress = valid.webAddress
        service.openingHours = valid.openingHours
        service.isActive = active
    }

    /// A service chosen for a referral: it must be in the directory and in use.
    static func choose(_ text: String?, on db: any Database) async throws -> ServicePath {
        guard let text = InputRules.trimmed(text), let id = UUID(uuidString: text),
            let service = try await ServicePath.find(id, on: db)
        else { throw AppError.invalid(.servicePathErrorUnknown, field: ReferralForm.name(.servicePathID)) }
        guard service.isActive else {
            throw AppError.invalid(.servicePathErrorInactive, field: ReferralForm.name(.servicePathID))
        }
        return service
    }
}

extension ServicePath {
    var pathKind: ServicePathKind? { ServicePathKind(rawValue: kind) }

    /// The kind's Finnish label, so a search for "velkaneuvonta" finds debt counselling.
    var kindLabelKey: String {
        pathKind.map { Localizer.shared.text($0.l10nKey, .fi) } ?? kind
    }
}
