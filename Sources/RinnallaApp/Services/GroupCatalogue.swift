import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// The catalogue's search form (a GET form, `/groups?q=…&aim=…`): its coding keys name
/// the form's fields and the catalogue's links (issue 14). The checkboxes count as ticked
/// when sent as "1", "true" or "on". `client` is the client a group is looked for.
struct GroupSearchForm: PageForm, Sendable {
    var q: String?
    var area: String?
    var aim: String?
    var weekday: String?
    var language: String?
    var open: String?
    var today: String?
    var places: String?
    var ended: String?
    var page: String?
    var client: String?

    enum CodingKeys: String, CodingKey {
        case q, area, aim, weekday, language, open, today, places, ended, page, client
    }

    /// The value a ticked box is linked with.
    static let ticked = "1"

    static func isTicked(_ value: String?) -> Bool { ["1", "true", "on"].contains(value ?? "") }
}

/// The catalogue search: one page of groups in name order, filtered in SQL so it stays
/// fast with thousands of groups and a hundred thousand sessions (bench/README.md).
/// The catalogue holds no client data, so reading it is not audited.
enum GroupCatalogue {
    static let pageSize = 20

    struct Filter: Sendable, Equatable {
        var text: String?
        var areaID: UUID?
        var aim: GroupAim?
        var weekday: Int?
        var language: GroupLanguage?
        /// An open group whose run has started and not ended.
        var openNow = false
        /// Has a session today that is not cancelled.
        var today = false
        var placesLeft = false
        /// Ended groups are left out unless asked for.
        var includeEnded = false
        var page = 1

        /// From the page's search form; values not in the lists are ignored.
        init(_ form: GroupSearchForm) {
            text = InputRules.trimmed(form.q)
            areaID = form.area.flatMap(UUID.init(uuidString:))
            aim = form.aim.flatMap(GroupAim.init(rawValue:))
            weekday = BoundedInput.integer(form.weekday, in: 1...7)
            language = form.language.flatMap(GroupLanguage.init(rawValue:))
            openNow = GroupSearchForm.isTicked(form.open)
            today = GroupSearchForm.isTicked(form.today)
            placesLeft = GroupSearchForm.isTicked(form.places)
            includeEnded = GroupSearchForm.isTicked(form.ended)
            page = BoundedInput.integer(form.page, in: 1...10_000) ?? 1
        }

        init() {}

        /// The query string for this filter on another page.
        func queryString(page: Int? = nil, client: UUID? = nil) -> String {
            typealias Form = GroupSearchForm
            var items: [(Form.CodingKeys, String)] = []
            if let text { items.append((.q, text)) }
            if let areaID { items.append((.area, areaID.uuidString)) }
            if let aim { items.append((.aim, aim.rawValue)) }
            if let weekday { items.append((.weekday, String(weekday))) }
            if let language { items.append((.language, language.rawValue)) }
            if openNow { items.append((.open, Form.ticked)) }
            if today { items.append((.today, Form.ticked)) }
            if placesLeft { items.append((.places, Form.ticked)) }
            if includeEnded { items.append((.ended, Form.ticked)) }
            if let client { items.append((.client, client.uuidString)) }
            if let page, page > 1 { items.append((.page, String(page))) }
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            return items.map {
                "\(Form.name($0.0))=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
            }
            .joined(separator: "&")
        }

        /// Search words without LIKE's wildcards.
        var words: [String] {
            guard let text else { return [] }
            let cleaned = text.lowercased().filter { !"%_\\".contains($0) }
            return cleaned.split(whereSeparator: \.isWhitespace).map(String.init).filter { !$0.isEmpty }.prefix(8)
                .map { $0 }
        }
    }

    struct Row: Sendable {
        let id: UUID
        let name: String
        let areaID: UUID
        let aim: String
        let weekdays: [Int]
        let startMinutes: Int
        let endMinutes: Int
        let intervalWeeks: Int
        let isOpen: Bool
        let capacity: Int
        let enrolled: Int
        let language: String
        let place: String
        let firstDay: String
        let lastDay: String
        let unitID: UUID
        /// The next session that is not cancelled, from today on.
        var nextSession: Day?
    }

    struct Result: Sendable {
        let rows: [Row]
        let total: Int
        let page: Int
        var pages: Int { max(1, (total + GroupCatalogue.pageSize - 1) / GroupCatalogue.pageSize) }
    }

    static let columns = [
        "id", "name", "area_id", "aim", "weekdays", "start_minutes", "end_minutes", "interval_weeks", "is_open",
        "capacity", "enrolled_count", "language", "place", "first_day", "last_day", "unit_id",
    ]

    /// Adds the filter's conditions to a query on `activity_groups`.
    private static func filtered<B: SQLPredicateBuilder>(_ builder: B, _ filter: Filter, today: Day) -> B {
        var builder = builder
        if !filter.includeEnded { builder = builder.where("last_day", .greaterThanOrEqual, today.iso) }
        if let area = filter.areaID { builder = builder.where("area_id", .equal, area) }
        if let aim = filter.aim { builder = builder.where("aim", .equal, aim.rawValue) }
        if let weekday = filter.weekday {
            builder = builder.where(
                SQLQueryString("(\(ident: "weekday_mask") & \(literal: GroupSchedule.bit(weekday))) <> 0"))
        }
        if let language = filter.language { builder = builder.where("language", .equal, language.rawValue) }
        for word in filter.words { builder = builder.where("search_text", .like, "%\(word)%") }
        if filter.openNow {
            builder = builder.where("is_open", .equal, true).where("first_day", .lessThanOrEqual, today.iso)
                .where("last_day", .greaterThanOrEqual, today.iso)
        }
        if filter.today {
            // group_sessions_day_idx: today's sessions, then the groups among them.
            builder = builder.where(
                SQLQueryString(
                    "\(ident: "id") IN (SELECT \(ident: "group_id") FROM \(ident: GroupSession.schema) WHERE \(ident: "day") = \(bind: today.iso) AND \(ident: "status") = \(bind: GroupSession.planned))"
                ))
        }
        if filter.placesLeft {
            builder = builder.where(SQLColumn("capacity"), .greaterThan, SQLColumn("enrolled_count"))
        }
        return builder
    }

    static func search(_ filter: Filter, today: Day, on db: any Database) async throws -> Result {
        let sql = db as! any SQLDatabase
        let count =
            try await filtered(
                sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(ActivityGroup.schema),
                filter, today: today
            ).first()?.decode(column: "n", as: Int.self) ?? 0
        let page = min(filter.page, max(1, (count + pageSize - 1) / pageSize))
        var select = sql.select()
        for column in columns { select = select.column(column) }
        // The next session comes in the same query (group_sessions_group_day_idx for each
        // of the page's 20 groups): one round trip less per page.
        select = select.column(
            SQLQueryString(
                "(SELECT MIN(s.\(ident: "day")) FROM \(ident: GroupSession.schema) s WHERE s.\(ident: "group_id") = \(ident: ActivityGroup.schema).\(ident: "id") AND s.\(ident: "day") >= \(bind: today.iso) AND s.\(ident: "status") = \(bind: GroupSession.planned))"
            ), as: "next_day")
        let rows = try await filtered(select.from(ActivityGroup.schema), filter, today: today)
            .orderBy("name_sort").orderBy("id").limit(pageSize).offset((page - 1) * pageSize).all()
            .map { row in
                Row(
                    id: try row.decode(column: "id", as: UUID.self),
                    name: try row.decode(column: "name", as: String.self),
                    areaID: try row.decode(column: "area_id", as: UUID.self),
                    aim: try row.decode(column: "aim", as: String.self),
                    weekdays: GroupSchedule.parseWeekdays(try row.decode(column: "weekdays", as: String.self)),
                    startMinutes: try row.decode(column: "start_minutes", as: Int.self),
                    endMinutes: try row.decode(column: "end_minutes", as: Int.self),
                    intervalWeeks: try row.decode(column: "interval_weeks", as: Int.self),
                    isOpen: try row.decode(column: "is_open", as: Bool.self),
                    capacity: try row.decode(column: "capacity", as: Int.self),
                    enrolled: try row.decode(column: "enrolled_count", as: Int.self),
                    language: try row.decode(column: "language", as: String.self),
                    place: try row.decode(column: "place", as: String.self),
                    firstDay: try row.decode(column: "first_day", as: String.self),
                    lastDay: try row.decode(column: "last_day", as: String.self),
                    unitID: try row.decode(column: "unit_id", as: UUID.self),
                    nextSession: try row.decode(column: "next_day", as: String?.self).flatMap { Day(iso: $0) })
            }
        return Result(rows: rows, total: count, page: page)
    }

    /// The next session day of each group (group_sessions_group_day_idx).
    static func nextSessions(of groupIDs: [UUID], from today: Day, on sql: any SQLDatabase) async throws -> [UUID: Day]
    {
        guard !groupIDs.isEmpty else { return [:] }
        let rows = try await sql.select().column("group_id").column(
            SQLFunction("MIN", args: SQLColumn("day")), as: "next"
        )
        .from(GroupSession.schema).where("group_id", .in, groupIDs).where("day", .greaterThanOrEqual, today.iso)
        .where("status", .equal, GroupSession.planned).groupBy("group_id").all()
        var result: [UUID: Day] = [:]
        for row in rows {
            if let day = Day(iso: try row.decode(column: "next", as: String.self)) {
                result[try row.decode(column: "group_id", as: UUID.self)] = day
            }
        }
        return result
    }
}
