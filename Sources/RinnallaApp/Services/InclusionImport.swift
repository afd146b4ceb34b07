import Fluent
import Foundation
import RinnallaCore
import SQLKit
import Vapor

/// Import of earlier or paper responses from a CSV file into a round (issue 6): validated
/// row by row; a file with errors is refused whole with every bad row and column named, or,
/// when the user asks, only the valid rows go in and the rest are reported. Either way one
/// entry batch (source `import`) in one transaction: nothing is ever half imported.
///
/// The columns are `InclusionCSV.responseColumns` (those of the per-respondent file the app
/// once exported, so such a file imports as it is); `s1` … `s10` are required, the rest optional, and
/// `pairing_code` may replace `pair_hash` (it is hashed with the evaluation's salt, never
/// stored). `round` and `source` are read but not used: the round is the one imported
/// into and the source is `import`. `complete`, `raw_sum` and `score` are checked
/// against the answers when given. A statement left empty makes the response incomplete:
/// it is stored as such and left out of every figure, as the form would never allow.
enum InclusionImport {
    static let maxRows = 200_000

    struct Problem: Sendable, Hashable {
        /// Line of the file, the header being 1.
        let row: Int
        /// The column's name in the header ("" for the row as a whole).
        let column: String
        let key: L10nKey
        var arguments: [String: String] = [:]
    }

    struct Row: Sendable {
        let language: String
        let answers: InclusionAnswers
        let gender: String?
        let ageGroup: String?
        let labourStatus: String?
        let pairHash: String?
    }

    struct Validated: Sendable {
        var rows: [Row] = []
        var problems: [Problem] = []
    }

    struct Outcome: Sendable {
        let imported: Int
        let incomplete: Int
        let skipped: [Problem]
        let batchID: UUID?
    }

    /// The file is refused whole: the header cannot be read, or rows have problems (and
    /// the user did not ask for the valid rows only).
    struct Refused: Error, Sendable {
        let problems: [Problem]
        /// Rows parsed before the file was refused (the header included), when it was
        /// refused for its length.
        var rowsRead: Int? = nil
    }

    static let optionalColumns: Set<String> = Set(InclusionCSV.responseColumns).union(["pairing_code"])

    // MARK: Parsing

    /// Reads CSV text (RFC 4180: quoted fields with "" for a quote and line breaks
    /// inside) one row at a time: the separator is `;` when the header has one, else `,`;
    /// a byte order mark is dropped. Only the current row is held as strings, so a reader
    /// that stops at a row limit never builds the table of an oversized file (security
    /// review, issue 13, item 12).
    struct RowReader: IteratorProtocol, Sequence {
        private let bytes: [UInt8]
        private var index: Int
        private let separator: UInt8
        /// Rows handed out so far (the header included).
        private(set) var rowsRead = 0

        init(_ text: String) {
            bytes = Array(text.utf8)
            index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let headerEnd = bytes[index...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? bytes.count
            separator = bytes[index..<headerEnd].contains(0x3B) ? 0x3B : 0x2C
        }

        mutating func next() -> [String]? {
            let count = bytes.count
            guard index < count else { return nil }
            var row: [String] = []
            var field: [UInt8] = []
            var quoted = false
            func endField() {
                row.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            }
            while index < count {
                let byte = bytes[index]
                index += 1
                if quoted {
                    if byte == 0x22 {
                        if index < count && bytes[index] == 0x22 {
                            field.append(0x22)
                            index += 1
                        } else {
                            quoted = false
                        }
                    } else {
                        field.append(byte)
                    }
                } else if byte == 0x22 && field.isEmpty {
                    quoted = true
                } else if byte == separator {
                    endField()
                } else if byte == 0x0A || byte == 0x0D {
                    if byte == 0x0D && index < count && bytes[index] == 0x0A { index += 1 }
                    endField()
                    rowsRead += 1
                    return row
                } else {
                    field.append(byte)
                }
            }
            endField()
            rowsRead += 1
            return row
        }
    }

    /// The whole table at once (small texts and tests only; an import reads `RowReader`).
    static func parse(_ text: String) -> [[String]] {
        Array(RowReader(text))
    }

    // MARK: Validation

    /// `text` without the white space around it. Most fields have none, and Foundation's
    /// trimming bridges every string it is given, which a 100,000-row file notices.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        func plain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
        return plain(first) && plain(last) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    /// Validates the file row by row as it is read; past `maxRows` data rows it stops at
    /// once and refuses the file (the rest is never parsed: `Refused.rowsRead`).
    static func validate(_ text: String, salt: String, maxRows: Int = maxRows) throws(Refused) -> Validated {
        var reader = RowReader(text)
        guard let header = reader.next(), !(header.count == 1 && header[0].isEmpty) else {
            throw Refused(problems: [Problem(row: 1, column: "", key: .inclusionimportEmpty)])
        }
        let names = header.map { trimmed($0).lowercased() }
        var headerProblems: [Problem] = []
        for (index, name) in names.enumerated() {
            if !optionalColumns.contains(name) {
                headerProblems.append(Problem(row: 1, column: header[index], key: .inclusionimportUnknownColumn))
            } else if names[..<index].contains(name) {
                headerProblems.append(Problem(row: 1, column: header[index], key: .inclusionimportDuplicateColumn))
            }
        }
        for column in InclusionCSV.statementColumns where !names.contains(column) {
            headerProblems.append(Problem(row: 1, column: column, key: .inclusionimportMissingColumn))
        }
        guard headerProblems.isEmpty else { throw Refused(problems: headerProblems) }
        let position = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let statementPositions = InclusionCSV.statementColumns.map { position[$0]! }
        var validated = Validated()
        var offset = -1
        while let fields = reader.next() {
            offset += 1
            let line = offset + 2
            guard offset < maxRows else {
                throw Refused(
                    problems: [
                        Problem(
                            row: line, column: "", key: .inclusionimportTooMany, arguments: ["max": String(maxRows)])
                    ], rowsRead: reader.rowsRead)
            }
            if fields.allSatisfy({ trimmed($0).isEmpty }) { continue }
            guard fields.count == names.count else {
                validated.problems.append(
                    Problem(
                        row: line, column: "", key: .inclusionimportFieldCount,
                        arguments: ["expected": String(names.count), "found": String(fields.count)]))
                continue
            }
            var problems: [Problem] = []
            func value(_ column: String) -> String {
                position[column].map { trimmed(fields[$0]) } ?? ""
            }
            func problem(_ column: String, _ key: L10nKey) {
                problems.append(Problem(row: line, column: column, key: key))
            }
            var answers: [Int?] = []
            for (index, column) in InclusionCSV.statementColumns.enumerated() {
                let text = trimmed(fields[statementPositions[index]])
                if text.isEmpty {
                    answers.append(nil)
                } else if let number = Int(text), InclusionIndicator.values.contains(number) {
                    answers.append(number)
                } else {
                    answers.append(nil)
                    problem(column, .inclusionimportBadAnswer)
                }
            }
            let language = value("language").isEmpty ? "fi" : value("language").lowercased()
            if !(2...3).contains(language.count) || !language.allSatisfy({ $0.isASCII && $0.isLetter }) {
                problem("language", .inclusionimportBadLanguage)
            }
            func background(_ column: String, _ question: InclusionBackgroundQuestion) -> String? {
                let text = value(column)
                guard !text.isEmpty else { return nil }
                guard question.answers.contains(text) else {
                    problem(column, .inclusionimportBadBackground)
                    return nil
                }
                return text
            }
            let gender = background("gender", .gender)
            let ageGroup = background("age_group", .ageGroup)
            let labourStatus = background("labour_status", .labourStatus)
            var pairHash: String? = nil
            let hashText = value("pair_hash").lowercased()
            if !hashText.isEmpty {
                if hashText.count == 64 && hashText.allSatisfy({ $0.isHexDigit }) {
                    pairHash = hashText
                } else {
                    problem("pair_hash", .inclusionimportBadPairHash)
                }
            }
            let code = value("pairing_code")
            if !code.isEmpty {
                if pairHash != nil || !hashText.isEmpty {
                    problem("pairing_code", .inclusionimportBothCodes)
                } else {
                    do { pairHash = try InclusionPairing.hash(code, salt: salt) } catch {
                        problem("pairing_code", .inclusionimportBadPairingCode)
                    }
                }
            }
            let parsed = try? InclusionAnswers(answers)
            if let parsed {
                let completeText = value("complete").lowercased()
                if !completeText.isEmpty {
                    let stated: Bool? =
                        ["1", "true", "kyllä", "yes"].contains(completeText)
                        ? true : ["0", "false", "ei", "no"].contains(completeText) ? false : nil
                    if stated != parsed.isComplete { problem("complete", .inclusionimportCompleteMismatch) }
                }
                let rawText = value("raw_sum")
                if !rawText.isEmpty, Int(rawText) != parsed.score?.rawSum {
                    problem("raw_sum", .inclusionimportRawSumMismatch)
                }
                let scoreText = value("score").replacingOccurrences(of: ",", with: ".")
                if !scoreText.isEmpty {
                    let matches = Double(scoreText).map { stated in
                        parsed.score.map { abs($0.value - stated) < 0.05 } ?? false
                    }
                    if matches != true { problem("score", .inclusionimportScoreMismatch) }
                }
            }
            if let parsed, problems.isEmpty {
                validated.rows.append(
                    Row(
                        language: language, answers: parsed, gender: gender, ageGroup: ageGroup,
                        labourStatus: labourStatus, pairHash: pairHash))
            } else {
                validated.problems += problems
            }
        }
        if validated.rows.isEmpty && validated.problems.isEmpty {
            throw Refused(problems: [Problem(row: 1, column: "", key: .inclusionimportEmpty)])
        }
        return validated
    }

    // MARK: Import

    /// Checks access (`.manage`) first, then the file. Throws `Refused` with the problems
    /// when the file is refused; the database is then unchanged.
    static func run(
        _ roundID: UUID, text: String, validOnly: Bool, selfCompleted: Bool, note: String, maxRows: Int,
        on caller: Caller
    ) async throws -> Outcome {
        let round = try await InclusionAccess.round(roundID, .manage, on: caller)
        guard let evaluation = try await InclusionEvaluation.find(round.$evaluation.id, on: caller.db) else {
            throw AppError.notFound
        }
        let user = try caller.requireUser()
        let validated = try validate(
            text, salt: evaluation.pairingSalt, maxRows: maxRows)
        if !validated.problems.isEmpty && (!validOnly || validated.rows.isEmpty) {
            throw Refused(problems: validated.problems)
        }
        let now = caller.now
        // Rows imported into a round that has not closed wait and join its figures in groups
        // like every other answer (issue 13, item 7): a one-row file would otherwise show
        // that answer to everyone who reads the results. A closed round takes them at once.
        let hold = round.state(today: Day(now)) != .closed
        let batchID = try await caller.db.atomically { db in
            let collection = AnswerHolding.Collection.inclusionRound(roundID)
            try await AnswerHolding.lock(collection, on: db)
            let batch = try await store(
                validated.rows, roundID: roundID, unitID: round.$unit.id, enteredBy: user.id, enteredAt: now,
                selfCompleted: selfCompleted, note: note, hold: hold, on: db)
            if hold { try await AnswerHolding.release(collection, open: true, on: db) }
            try await AuditLog.append(
                .create, unitID: round.$unit.id, recordType: "inclusion-entry-batch", recordID: batch.uuidString,
                detail: "import \(validated.rows.count) rows, \(validated.problems.count) problems", on: caller, db: db)
            return batch
        }
        return Outcome(
            imported: validated.rows.count, incomplete: validated.rows.filter { !$0.answers.isComplete }.count,
            skipped: validated.problems, batchID: batchID)
    }

    /// One entry batch and its responses, inserted as multi-row INSERT statements (the
    /// tally triggers run in the database). Call inside a transaction.
    static func store(
        _ rows: [Row], roundID: UUID, unitID: UUID, enteredBy: UUID, enteredAt: Date, selfCompleted: Bool,
        note: String, source: InclusionResponseSource = .import, hold: Bool = false, on db: any Database
    ) async throws -> UUID {
        let batch = InclusionEntryBatch()
        batch.$round.id = roundID
        batch.$unit.id = unitID
        batch.source = source.rawValue
        batch.$enteredBy.id = enteredBy
        batch.enteredAt = enteredAt
        batch.responseCount = rows.count
        batch.selfCompleted = selfCompleted
        batch.note = note
        try await batch.create(on: db)
        let batchID = try batch.requireID()
        try await insert(rows, roundID: roundID, batchID: batchID, source: source, hold: hold, on: db)
        return batchID
    }

    static let insertColumns =
        ["id", "round_id", "source", "batch_id", "language", "complete", "raw_sum"] + InclusionCSV.statementColumns
        + ["gender", "age_group", "labour_status", "pair_hash"]

    /// Multi-row INSERTs of validated rows. Only the ids are bound (three a row); the other
    /// values are validated numbers and words of a fixed vocabulary or hex, written as
    /// SQL literals, so a statement carries 4,000 rows.
    ///
    /// The rows go in a random order under random ids sorted ascending: the table's
    /// B-tree then takes them in key order (each page written once, not a page per row),
    /// and the storage order still says nothing about the order of the file or of answering.
    /// On SQLite a batch is tallied at once (`AddInclusionBulkTally`). Call inside a
    /// transaction.
    ///
    /// `hold`: the rows go to `inclusion_held_responses` instead, to wait for their release
    /// (`AnswerHolding`, issue 13 items 7 and 11); nothing is tallied until then.
    static func insert(
        _ rows: [Row], roundID: UUID, batchID: UUID?, source: InclusionResponseSource, hold: Bool = false,
        on db: any Database
    ) async throws {
        let sql = db as! any SQLDatabase
        if hold {
            try await insertRows(
                rows.shuffled(), roundID: roundID, batchID: batchID, source: source,
                table: AnswerHolding.Collection.inclusionRound(roundID).held, on: sql)
            return
        }
        let bulkBatch = sql.dialect.name == "sqlite" ? batchID : nil
        if let bulkBatch {
            try await sql.raw("INSERT INTO inclusion_bulk_batches (batch_id) VALUES (\(bind: bulkBatch))").run()
            // A larger page cache for this connection while the batch goes in (SQLite's
            // default of 2 MB rereads the table's pages); given back below.
            try await sql.raw("PRAGMA cache_size = -131072").run()
        }
        do {
            try await insertRows(rows.shuffled(), roundID: roundID, batchID: batchID, source: source, on: sql)
            if let bulkBatch {
                try await tally(batch: bulkBatch, on: sql)
                try await sql.raw("DELETE FROM inclusion_bulk_batches WHERE batch_id = \(bind: bulkBatch)").run()
            }
        } catch {
            if bulkBatch != nil { try? await sql.raw("PRAGMA cache_size = -2000").run() }
            throw error
        }
        if bulkBatch != nil { try await sql.raw("PRAGMA cache_size = -2000").run() }
    }

    private static func insertRows(
        _ rows: [Row], roundID: UUID, batchID: UUID?, source: InclusionResponseSource,
        table: String = InclusionResponse.schema, on sql: any SQLDatabase
    ) async throws {
        // Every value is a literal: ids made here, validated numbers, words of a fixed
        // vocabulary, hex. Written as text directly (not 21 SQLKit expressions a row), a
        // 100,000-row file goes in without the statements' building outweighing the insert.
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        func text(_ value: String?) -> String { value.map(quoted) ?? "NULL" }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "NULL" }
        let fixed = ", \(quoted(roundID.uuidString)), \(quoted(source.rawValue)), \(text(batchID?.uuidString)), "
        let head =
            "INSERT INTO \(table) (\(insertColumns.map { "\"\($0)\"" }.joined(separator: ", "))) VALUES "
        // Ordered as the databases order them (bytes = upper-case hex text on SQLite).
        let ids = rows.map { _ in UUID() }.map(\.uuidString).sorted()
        let perStatement = 4_000
        for start in stride(from: 0, to: rows.count, by: perStatement) {
            var statement = head
            statement.reserveCapacity(perStatement * 160)
            for index in start..<min(start + perStatement, rows.count) {
                let row = rows[index]
                if index > start { statement += ", " }
                statement += "('" + ids[index] + "'" + fixed + quoted(row.language) + ", "
                statement += (row.answers.isComplete ? "true" : "false") + ", " + number(row.answers.score?.rawSum)
                for answer in row.answers.values { statement += ", " + number(answer) }
                statement += ", " + text(row.gender) + ", " + text(row.ageGroup) + ", " + text(row.labourStatus)
                statement += ", " + text(row.pairHash) + ")"
            }
            try await sql.raw("\(unsafeRaw: statement)").run()
        }
    }

    /// The two tallies of a batch's rows, each in one grouped statement: what the row
    /// trigger of `CreateInclusionResponses` adds row by row. The statement tally counts
    /// every statement's answers in one pass over the batch (50 sums) and unpivots them.
    static func tally(batch: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw(
            """
            INSERT INTO inclusion_score_tallies
              SELECT round_id, coalesce(gender, ''), coalesce(age_group, ''), coalesce(labour_status, ''),
                coalesce(raw_sum, 0), count(*)
              FROM inclusion_responses WHERE batch_id = \(bind: batch) GROUP BY 1, 2, 3, 4, 5
              ON CONFLICT (round_id, gender, age_group, labour_status, raw_sum)
              DO UPDATE SET count = count + excluded.count
            """
        ).run()
        let cells = (1...InclusionIndicator.statementCount).flatMap { statement in
            InclusionIndicator.values.map { (statement, $0) }
        }
        let sums = cells.map { "sum(s\($0.0) = \($0.1)) AS n\($0.0)_\($0.1)" }.joined(separator: ", ")
        let unpivot = cells.map {
            "SELECT round_id, \($0.0), \($0.1), n\($0.0)_\($0.1) FROM t WHERE n\($0.0)_\($0.1) > 0"
        }
        .joined(separator: " UNION ALL ")
        try await sql.raw(
            """
            INSERT INTO inclusion_statement_tallies
              WITH t AS MATERIALIZED (
                SELECT round_id, \(unsafeRaw: sums) FROM inclusion_responses
                WHERE batch_id = \(bind: batch) AND complete GROUP BY round_id)
              \(unsafeRaw: unpivot)
              ON CONFLICT (round_id, statement, answer) DO UPDATE SET count = count + excluded.count
            """
        ).run()
    }
}
