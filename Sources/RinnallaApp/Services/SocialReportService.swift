import Fluent
import RinnallaCore
import SQLKit
import Vapor

/// The social report for decision makers ("Sosiaalinen raportointi ilmiöiden edellyttämällä
/// tavalla"): a unit's contacts by topic, channel, area and month, its referrals and how
/// many reached the service, and the observations its workers chose, over a date range.
///
/// Every count is counted in SQL (GROUP BY over the report's indexes; no contact row is
/// loaded) and every count shown goes through small-cell protection with the threshold of
/// `privacy.minimumCellSize`: the page, the CSV files and the API show the same protected
/// figures.
///
/// Who may see it: team leads and evaluators of the unit (`viewAggregates`) and the unit's
/// own workers (`readClientData`); anyone else gets 404. The unit's workers
/// (`writeClientData`) choose which observations go into it.
enum SocialReportService {
    /// The longest range one report covers, so that the month table stays readable.
    static let maximumMonths = 36

    struct Query: Sendable, Hashable {
        var unitID: UUID
        var from: Day
        var to: Day
        var areaID: UUID?
    }

    /// Counts as the database gave them; never shown as such.
    struct Counts: Sendable {
        /// "yyyy-MM" of every month in the range.
        var months: [String]
        /// `channelByMonth[month][channel]` in `ContactChannel.allCases` order.
        var channelByMonth: [[Int]]
        /// Contacts by area: the organisation's areas in order, then "no area".
        var byArea: [Int]
        /// Contacts by topic in `ContactTopic.allCases` order (a contact may have several).
        var byTopic: [Int]
        /// `referralsByMethod[method][outcome]` in `allCases` orders.
        var referralsByMethod: [[Int]]
        /// `referralsByKind[kind][outcome]`.
        var referralsByKind: [[Int]]
    }

    struct Report: Sendable {
        let query: Query
        let unitName: String
        let areaName: String?
        let threshold: Int
        let months: [String]
        let areas: [(id: UUID?, name: String)]
        let channelByMonth: ProtectedTable
        let byArea: ProtectedList
        let byTopic: ProtectedList
        let referralsByMethod: ProtectedTable
        let referralsByKind: ProtectedTable
        let observations: [Observation]
    }

    // MARK: Access

    static func canView(_ user: CurrentUser, unitID: UUID) -> Bool {
        user.can(.viewAggregates, inUnit: unitID) || user.can(.readClientData, inUnit: unitID)
    }

    static func canChoose(_ user: CurrentUser, unitID: UUID) -> Bool {
        user.can(.writeClientData, inUnit: unitID)
    }

    /// Units whose report the user may see, in name order.
    static func units(of user: CurrentUser) -> [(id: UUID, name: String)] {
        user.units.filter { canView(user, unitID: $0.id) }
    }

    // MARK: Query from input

    /// The report's query from the address (`unit`, `from`, `to`, `area`): the unit must be
    /// one of the user's (else 404, before anything else is looked at); without dates, the
    /// last twelve months up to today.
    /// The range's fields as errors name them (the API's names; the page shows them on
    /// its own `from` and `to`).
    static let fromField = "reportFrom"
    static let toField = "reportTo"

    static func query(
        unit: String?, from: String?, to: String?, area: String?, user: CurrentUser, today: Day, on db: any Database
    ) async throws -> Query {
        let units = units(of: user)
        let unitID: UUID
        if let text = InputRules.trimmed(unit) {
            guard let id = UUID(uuidString: text), units.contains(where: { $0.id == id }) else {
                throw AppError.notFound
            }
            unitID = id
        } else {
            guard let first = units.first else { throw AppError.notFound }
            unitID = first.id
        }
        // Whole calendar months that have ended (issue 13, item 9: ranges a day apart would
        // otherwise be subtracted into one day's counts); by default the last twelve.
        var (fromDay, toDay) = ReportMonths.lastTwelve(today: today)
        func refuse(_ problem: ReportMonths.Problem, field: String) -> AppError {
            switch problem {
            case .unreadable: return AppError.invalid(.errorDateInvalid, field: field)
            case .notWholeMonth:
                return AppError.invalid(
                    field == fromField ? .socialreportErrorWholeMonthFrom : .socialreportErrorWholeMonthTo,
                    field: field, arguments: ["field": field])
            case .notEnded:
                return AppError.invalid(
                    .socialreportErrorMonthNotEnded, field: field,
                    arguments: ["field": field, "month": ReportMonths.label(ReportMonths.lastEnded(today: today))])
            }
        }
        if let text = InputRules.trimmed(from) {
            switch ReportMonths.first(text) {
            case .success(let day): fromDay = day
            case .failure(let problem): throw refuse(problem, field: fromField)
            }
        }
        if let text = InputRules.trimmed(to) {
            switch ReportMonths.last(text, today: today) {
            case .success(let day): toDay = day
            case .failure(let problem): throw refuse(problem, field: toField)
            }
        }
        guard fromDay <= toDay else {
            throw AppError.invalid(.socialreportErrorRange, field: toField, arguments: ["field": toField])
        }
        guard months(from: fromDay, to: toDay).count <= maximumMonths else {
            throw AppError.invalid(
                .socialreportErrorTooLong, field: toField,
                arguments: ["field": toField, "count": String(maximumMonths)])
        }
        var areaID: UUID?
        if let text = InputRules.trimmed(area) {
            guard let id = UUID(uuidString: text), try await Area.find(id, on: db) != nil else {
                throw AppError.invalid(.errorChoiceInvalid, field: "areaID")
            }
            areaID = id
        }
        return Query(unitID: unitID, from: fromDay, to: toDay, areaID: areaID)
    }

    /// "yyyy-MM" of every month that the range touches.
    static func months(from: Day, to: Day) -> [String] {
        var result: [String] = []
        var (year, month) = (from.year, from.month)
        while (year, month) <= (to.year, to.month) {
            result.append(String(format: "%04d-%02d", year, month))
            if month == 12 { (year, month) = (year + 1, 1) } else { month += 1 }
            if result.count > maximumMonths + 1 { break }
        }
        return result
    }

    // MARK: Counting (SQL)

    /// Counts several `SELECT COUNT(*) …` terms in as few statements as possible: UNION ALL
    /// of at most 400 terms (SQLite allows 500 in one compound select), each tagged with
    /// its position.
    static func countEach(_ terms: [SQLQueryString], on sql: any SQLDatabase) async throws -> [Int] {
        var counts = [Int](repeating: 0, count: terms.count)
        for start in stride(from: 0, to: terms.count, by: 400) {
            var statement = SQLQueryString("")
            for index in start..<min(start + 400, terms.count) {
                if index > start { statement.appendLiteral(" UNION ALL ") }
                statement.appendInterpolation(
                    SQLQueryString("SELECT \(literal: index) AS k, n FROM (\(terms[index])) AS t\(literal: index)"))
            }
            for row in try await sql.raw(statement).all() {
                counts[try row.decode(column: "k", as: Int.self)] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    /// `area_id = ?`, or `area_id IS NULL` for "no area".
    static func areaCondition(_ area: UUID?) -> SQLQueryString {
        area.map { "area_id = \(bind: $0)" } ?? "area_id IS NULL"
    }

    /// All counts of the report. On SQLite contacts and topics are counted cell by cell: one
    /// `COUNT(*)` per channel × area × month (and topic × area), each a range of the report
    /// indexes `(unit_id, channel, area_id, day)` and `(unit_id, topic, area_id, day)`, which
    /// is several times faster there than grouping the same rows. PostgreSQL groups the
    /// contacts' range in one parallel index-only scan instead (bench/README.md).
    static func counts(_ query: Query, areaIDs: [UUID], on db: any Database) async throws -> Counts {
        let sql = db as! any SQLDatabase
        let months = months(from: query.from, to: query.to)
        let channels = ContactChannel.allCases
        // The areas counted: all of them and "no area", or the one asked for.
        let areas: [UUID?] = query.areaID.map { [$0] } ?? (areaIDs.map { $0 } + [nil])
        let slot: (UUID?) -> Int = { area in area.flatMap { areaIDs.firstIndex(of: $0) } ?? areaIDs.count }
        // Each month's days within the range; "yyyy-MM-31" is past the month's last day as text.
        let ranges = months.map { month in
            (max("\(month)-01", query.from.iso), min("\(month)-31", query.to.iso))
        }
        var channelByMonth = [[Int]](repeating: [Int](repeating: 0, count: channels.count), count: months.count)
        var byArea = [Int](repeating: 0, count: areaIDs.count + 1)
        if db.isPostgres {
            // PostgreSQL groups the index's range in parallel faster than it answers many
            // small counts; SQLite the other way round (bench/README.md).
            let monthIndex = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($1, $0) })
            let channelIndex = Dictionary(uniqueKeysWithValues: channels.enumerated().map { ($1.rawValue, $0) })
            let areaFilter: SQLQueryString = query.areaID.map { " AND area_id = \(bind: $0)" } ?? ""
            let rows = try await sql.raw(
                """
                SELECT channel, area_id, substr(day, 1, 7) AS month, COUNT(*) AS n FROM contacts
                WHERE unit_id = \(bind: query.unitID) AND day >= \(bind: query.from.iso) AND day <= \(bind: query.to.iso)\(areaFilter)
                GROUP BY channel, area_id, substr(day, 1, 7)
                """
            ).all()
            for row in rows {
                let count = try row.decode(column: "n", as: Int.self)
                guard let month = monthIndex[try row.decode(column: "month", as: String.self)],
                    let channel = channelIndex[try row.decode(column: "channel", as: String.self)]
                else { continue }
                channelByMonth[month][channel] += count
                byArea[slot(try row.decode(column: "area_id", as: UUID?.self))] += count
            }
        } else {
            var terms: [SQLQueryString] = []
            var cells: [(channel: Int, area: Int, month: Int)] = []
            for (c, channel) in channels.enumerated() {
                for area in areas {
                    for (m, range) in ranges.enumerated() {
                        terms.append(
                            """
                            SELECT COUNT(*) AS n FROM contacts WHERE unit_id = \(bind: query.unitID) AND channel = \(bind: channel.rawValue) AND \(areaCondition(area)) AND day >= \(bind: range.0) AND day <= \(bind: range.1)
                            """)
                        cells.append((c, slot(area), m))
                    }
                }
            }
            for (cell, count) in zip(cells, try await countEach(terms, on: sql)) {
                channelByMonth[cell.month][cell.channel] += count
                byArea[cell.area] += count
            }
        }

        // Topics: each topic row carries its contact's unit, day and area.
        let topics = ContactTopic.allCases
        var topicTerms: [SQLQueryString] = []
        var topicOf: [Int] = []
        for (t, topic) in topics.enumerated() {
            for area in areas {
                topicTerms.append(
                    """
                    SELECT COUNT(*) AS n FROM contact_topics WHERE unit_id = \(bind: query.unitID) AND topic = \(bind: topic.rawValue) AND \(areaCondition(area)) AND day >= \(bind: query.from.iso) AND day <= \(bind: query.to.iso)
                    """)
                topicOf.append(t)
            }
        }
        var byTopic = [Int](repeating: 0, count: topics.count)
        for (t, count) in zip(topicOf, try await countEach(topicTerms, on: sql)) { byTopic[t] += count }

        // Referrals: by service, method and outcome; the service's kind is looked up here.
        let methods = ReferralMethod.allCases
        let outcomes = ReferralOutcome.allCases
        let kinds = ServicePathKind.allCases
        let methodIndex = Dictionary(uniqueKeysWithValues: methods.enumerated().map { ($1.rawValue, $0) })
        let outcomeIndex = Dictionary(uniqueKeysWithValues: outcomes.enumerated().map { ($1.rawValue, $0) })
        let kindIndex = Dictionary(uniqueKeysWithValues: kinds.enumerated().map { ($1.rawValue, $0) })
        var byMethod = [[Int]](repeating: [Int](repeating: 0, count: outcomes.count), count: methods.count)
        var byKind = [[Int]](repeating: [Int](repeating: 0, count: outcomes.count), count: kinds.count)
        let referralArea: SQLQueryString =
            query.areaID.map {
                " AND EXISTS (SELECT 1 FROM contacts c WHERE c.id = referrals.contact_id AND c.area_id = \(bind: $0))"
            } ?? ""
        let referralRows = try await sql.raw(
            """
            SELECT service_path_id, method, outcome, COUNT(*) AS n FROM referrals
            WHERE unit_id = \(bind: query.unitID) AND day >= \(bind: query.from.iso) AND day <= \(bind: query.to.iso)\(referralArea)
            GROUP BY service_path_id, method, outcome
            """
        ).all()
        if !referralRows.isEmpty {
            let paths = try await ServicePath.query(on: db).all()
            let kindOf = Dictionary(
                paths.compactMap { path in path.id.map { ($0, path.kind) } }, uniquingKeysWith: { a, _ in a })
            for row in referralRows {
                let count = try row.decode(column: "n", as: Int.self)
                guard let outcome = outcomeIndex[try row.decode(column: "outcome", as: String.self)] else { continue }
                if let method = methodIndex[try row.decode(column: "method", as: String.self)] {
                    byMethod[method][outcome] += count
                }
                let path = try row.decode(column: "service_path_id", as: UUID.self)
                byKind[kindOf[path].flatMap { kindIndex[$0] } ?? kinds.count - 1][outcome] += count
            }
        }
        return Counts(
            months: months, channelByMonth: channelByMonth, byArea: byArea, byTopic: byTopic,
            referralsByMethod: byMethod, referralsByKind: byKind)
    }

    /// The observations chosen for the report, in the range (and area).
    static func chosenObservations(_ query: Query, on db: any Database) async throws -> [Observation] {
        var builder = Observation.query(on: db).filter(\.$unit.$id == query.unitID).filter(\.$inReport == true)
            .filter(\.$day >= query.from.iso).filter(\.$day <= query.to.iso).with(\.$tags).with(\.$area)
        if let areaID = query.areaID { builder = builder.filter(\.$area.$id == areaID) }
        return try await builder.sort(\.$day).limit(200).all()
    }

    /// The protected report.
    static func report(_ query: Query, on db: any Database) async throws -> Report {
        let threshold = try await OrganisationSettings.load(on: db).minimumCellSize
        let areas = try await Area.all(on: db)
        let areaIDs = areas.compactMap(\.id)
        let counts = try await counts(query, areaIDs: areaIDs, on: db)
        let unitName = try await OrgUnit.find(query.unitID, on: db)?.name ?? ""
        return Report(
            query: query, unitName: unitName,
            areaName: query.areaID.flatMap { id in areas.first { $0.id == id }?.name }, threshold: threshold,
            months: counts.months,
            areas: areas.map { ($0.id, $0.name) } + [(nil, "")],
            channelByMonth: SmallCellSuppression.protect(table: counts.channelByMonth, threshold: threshold),
            byArea: SmallCellSuppression.protect(list: counts.byArea, threshold: threshold),
            byTopic: SmallCellSuppression.protect(list: counts.byTopic, threshold: threshold),
            referralsByMethod: SmallCellSuppression.protect(table: counts.referralsByMethod, threshold: threshold),
            referralsByKind: SmallCellSuppression.protect(table: counts.referralsByKind, threshold: threshold),
            observations: try await chosenObservations(query, on: db))
    }

    /// The report for a request, audited (`view`, or `export`/`print` as the caller says).
    static func view(_ query: Query, action: AuditAction = .view, on caller: Caller) async throws -> Report {
        let report = try await report(query, on: caller.db)
        try await AuditLog.append(
            action, unitID: query.unitID, recordType: "social-report",
            detail: "\(query.from.iso)–\(query.to.iso)\(query.areaID.map { " area \($0)" } ?? "")", on: caller)
        return report
    }

    /// Observations of the range the worker may tick for the report.
    static func candidates(_ query: Query, on db: any Database) async throws -> [Observation] {
        try await ObservationService.search(
            .init(unitID: query.unitID, areaID: query.areaID, from: query.from, to: query.to), on: db)
    }
}
