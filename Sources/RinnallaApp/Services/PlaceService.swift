import Fluent
import RinnallaCore
import Vapor

/// A place as the page form and the API send it, before it is checked; its coding keys
/// name the fields for the views and the errors (issue 14). Each language is a checkbox
/// of its own (`name(language:)`); `languages` names their group.
struct PlaceForm: PageForm, Sendable {
    var name: String?
    var category: String?
    var areaID: String?
    var address: String?
    var openingNotes: String?
    var webAddress: String?
    var languages: [String] = []
    /// "yes", "no", or empty when not known.
    var free: String?
    var description: String?
    var active = true

    enum CodingKeys: String, CodingKey {
        case name, category, areaID, address, openingNotes, webAddress, languages, free, description
        /// A checkbox: checked when sent as "on".
        case active
    }

    /// A new place's form.
    static let blank = PlaceForm(category: PlaceCategory.communityHouse.rawValue)

    /// The checkbox of a language.
    static func name(language code: String) -> String { "language-\(code)" }

    init(
        name: String? = nil, category: String? = nil, areaID: String? = nil, address: String? = nil,
        openingNotes: String? = nil, webAddress: String? = nil, languages: [String] = [], free: String? = nil,
        description: String? = nil, active: Bool = true
    ) {
        self.name = name
        self.category = category
        self.areaID = areaID
        self.address = address
        self.openingNotes = openingNotes
        self.webAddress = webAddress
        self.languages = languages
        self.free = free
        self.description = description
        self.active = active
    }

    init() { self.init(name: nil) }
}

extension PlaceForm {
    /// The form showing a place, for editing it.
    init(_ place: Place) {
        self.init(
            name: place.name, category: place.category, areaID: place.$area.id?.uuidString ?? "",
            address: place.address, openingNotes: place.openingNotes, webAddress: place.webAddress ?? "",
            languages: place.languageCodes, free: place.isFree.map { $0 ? "yes" : "no" } ?? "",
            description: place.description, active: place.isActive)
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let boxes = try decoder.container(keyedBy: FormFieldKey.self)
        self.init(
            name: try c.decodeIfPresent(String.self, forKey: .name),
            category: try c.decodeIfPresent(String.self, forKey: .category),
            areaID: try c.decodeIfPresent(String.self, forKey: .areaID),
            address: try c.decodeIfPresent(String.self, forKey: .address),
            openingNotes: try c.decodeIfPresent(String.self, forKey: .openingNotes),
            webAddress: try c.decodeIfPresent(String.self, forKey: .webAddress),
            languages: PlaceRules.languages.filter { boxes.checked(Self.name(language: $0)) },
            free: try c.decodeIfPresent(String.self, forKey: .free),
            description: try c.decodeIfPresent(String.self, forKey: .description),
            active: boxes.checked(Self.name(.active)))
    }
}

/// The local service map: searching, adding and editing places. Places are shared by the
/// whole organisation; any worker with client work in a unit may add and edit them, and
/// every change is audited.
enum PlaceService {
    /// Which area a search is limited to.
    enum AreaFilter: Sendable, Equatable {
        case any
        /// City-wide places that belong to no area.
        case none
        case area(UUID)

        /// "" → any, "none" → none, an area's id → that area.
        init?(_ text: String?) {
            guard let text = InputRules.trimmed(text) else {
                self = .any
                return
            }
            if text == "none" {
                self = .none
            } else if let id = UUID(uuidString: text) {
                self = .area(id)
            } else {
                return nil
            }
        }

        var value: String {
            switch self {
            case .any: ""
            case .none: "none"
            case .area(let id): id.uuidString
            }
        }
    }

    struct Filter: Sendable {
        var text: String?
        var area: AreaFilter = .any
        var category: PlaceCategory?
        var includeInactive = false
    }

    typealias Input = PlaceForm

    struct Valid: Sendable {
        var name: String
        var category: PlaceCategory
        var areaID: UUID?
        var address: String
        var openingNotes: String
        var webAddress: String?
        var languages: String
        var isFree: Bool?
        var description: String
        var active: Bool
    }

    /// Places matching the filter, by area order then name; the area is loaded.
    static func search(_ filter: Filter, on db: any Database) async throws -> [Place] {
        var query = Place.query(on: db).with(\.$area)
        switch filter.area {
        case .any: break
        case .none: query = query.filter(\.$area.$id == nil)
        case .area(let id): query = query.filter(\.$area.$id == id)
        }
        if let category = filter.category { query = query.filter(\.$category == category.rawValue) }
        if !filter.includeInactive { query = query.filter(\.$isActive == true) }
        // The directory is small (hundreds of places): the text is matched here, the same
        // way on both databases, ignoring case and accents.
        let places = try await query.all().filter { place in
            guard let text = InputRules.trimmed(filter.text) else { return true }
            return PlaceRules.matches(text, in: [place.name, place.address, place.description, place.openingNotes])
        }
        return places.sorted { a, b in
            let orderA = a.area?.sortOrder ?? Int.max
            let orderB = b.area?.sortOrder ?? Int.max
            if orderA != orderB { return orderA < orderB }
            return a.name.compare(b.name, locale: Locale(identifier: "fi_FI")) == .orderedAscending
        }
    }

    static func find(_ placeID: UUID, on db: any Database) async throws -> Place {
        guard let place = try await Place.query(on: db).filter(\.$id == placeID).with(\.$area).first() else {
            throw AppError.notFound
        }
        return place
    }

    /// Any worker with client work in some unit may keep the directory up to date.
    static func canEdit(_ user: CurrentUser) -> Bool { user.can(.writeClientData) }

    static func text(_ value: String?, field: String, max: Int) throws -> String {
        let text = InputRules.trimmed(value) ?? ""
        guard text.count <= max else {
            throw AppError.invalid(.errorTooLong, field: field, arguments: ["field": field, "max": String(max)])
        }
        return text
    }

    static func validate(_ input: Input, on db: any Database) async throws -> Valid {
        guard let name = InputRules.trimmed(input.name) else {
            throw AppError.invalid(
                .errorRequired, field: PlaceForm.name(.name), arguments: ["field": PlaceForm.name(.name)])
        }
        guard name.count <= InputRules.maximumNameLength else {
            throw AppError.invalid(
                .errorTooLong, field: PlaceForm.name(.name), arguments: ["field": PlaceForm.name(.name), "max": "200"])
        }
        guard let category = input.category.flatMap({ PlaceCategory(rawValue: $0) }) else {
            throw AppError.invalid(.errorChoiceInvalid, field: PlaceForm.name(.category))
        }
        var areaID: UUID?
        if let text = InputRules.trimmed(input.areaID) {
            guard let id = UUID(uuidString: text), try await Area.find(id, on: db) != nil else {
                throw AppError.invalid(.errorChoiceInvalid, field: PlaceForm.name(.areaID))
            }
            areaID = id
        }
        let address = try text(input.address, field: PlaceForm.name(.address), max: PlaceRules.maximumAddressLength)
        let notes = try text(
            input.openingNotes, field: PlaceForm.name(.openingNotes), max: PlaceRules.maximumNotesLength)
        var web: String?
        if let text = InputRules.trimmed(input.webAddress) {
            guard let valid = PlaceRules.webAddress(text) else {
                throw AppError.invalid(.placeErrorWebAddress, field: PlaceForm.name(.webAddress))
            }
            web = valid
        }
        guard input.languages.allSatisfy(PlaceRules.languages.contains) else {
            throw AppError.invalid(.errorChoiceInvalid, field: PlaceForm.name(.languages))
        }
        let isFree: Bool?
        switch InputRules.trimmed(input.free) {
        case nil: isFree = nil
        case "yes": isFree = true
        case "no": isFree = false
        default: throw AppError.invalid(.errorChoiceInvalid, field: PlaceForm.name(.free))
        }
        let description = try text(
            input.description, field: PlaceForm.name(.description), max: PlaceRules.maximumDescriptionLength)
        return Valid(
            name: name, category: category, areaID: areaID, address: address, openingNotes: notes, webAddress: web,
            languages: PlaceRules.encodeLanguages(input.languages), isFree: isFree, description: description,
            active: input.active)
    }

    static func create(_ input: Input, on caller: Caller) async throws -> Place {
        let user = try caller.requireUser()
        guard canEdit(user) else { throw AppError.forbidden }
        let valid = try await validate(input, on: caller.db)
        return try await caller.db.atomically { db in
            let place = Place()
            apply(valid, to: place)
            place.$createdBy.id = user.id
            try await place.create(on: db)
            try await AuditLog.append(
                .create, recordType: "place", recordID: place.id?.uuidString, detail: valid.name, on: caller, db: db)
            return place
        }
    }

    static func update(_ placeID: UUID, _ input: Input, on caller: Caller) async throws -> Place {
        let user = try caller.requireUser()
        let place = try await find(placeID, on: caller.db)
        guard canEdit(user) else { throw AppError.forbidden }
        let valid = try await validate(input, on: caller.db)
        return try await caller.db.atomically { db in
            apply(valid, to: place)
            try await place.update(on: db)
            try await AuditLog.append(
                .update, recordType: "place", recordID: placeID.uuidString, detail: valid.name, on: caller, db: db)
            return place
        }
    }

    static func apply(_ valid: Valid, to place: Place) {
        place.name = valid.name
        place.category = valid.category.rawValue
        place.$area.id = valid.areaID
        place.address = valid.address
        place.openingNotes = valid.openingNotes
        place.webAddress = valid.webAddress
        place.languages = valid.languages
        place.isFree = valid.isFree
        place.description = valid.description
        place.isActive = valid.active
    }

    /// A place chosen for a meeting or a goal: empty means none; anything else must be a
    /// place in the directory that is still in use (or the one already chosen, `current`).
    static func choose(_ text: String?, field: String = "placeID", current: UUID? = nil, on db: any Database)
        async throws -> Place?
    {
        guard let text = InputRules.trimmed(text) else { return nil }
        guard let id = UUID(uuidString: text), let place = try await Place.find(id, on: db) else {
            throw AppError.invalid(.placeErrorUnknown, field: field)
        }
        guard place.isActive || id == current else { throw AppError.invalid(.placeErrorInactive, field: field) }
        return place
    }

    /// The client's area when the service map knows it: the area of the place the
    /// client last visited or had suggested. Clients themselves have no area field.
    static func clientArea(_ clientID: UUID, on db: any Database) async throws -> UUID? {
        let visited = try await Meeting.query(on: db).filter(\.$client.$id == clientID)
            .filter(\.$servicePlace.$id != nil).sort(\.$startsAt, .descending).with(\.$servicePlace).limit(5).all()
        if let area = visited.compactMap({ $0.servicePlace?.$area.id }).first { return area }
        let suggested = try await GoalPlace.query(on: db).join(Goal.self, on: \GoalPlace.$goal.$id == \Goal.$id)
            .filter(Goal.self, \.$client.$id == clientID).sort(\.$createdAt, .descending).with(\.$place).limit(5)
            .all()
        return suggested.compactMap { $0.place.$area.id }.first
    }

    /// Places by id, with their areas, for showing meetings and goals.
    static func places(_ ids: [UUID], on db: any Database) async throws -> [UUID: Place] {
        guard !ids.isEmpty else { return [:] }
        let places = try await Place.query(on: db).filter(\.$id ~~ Array(Set(ids))).with(\.$area).all()
        return Dictionary(places.compactMap { place in place.id.map { ($0, place) } }, uniquingKeysWith: { a, _ in a })
    }
}
