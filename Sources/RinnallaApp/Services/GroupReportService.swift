import Fluent
import RinnallaCore
import Vapor

/// The group report: sessions held, attendance per session and over time, different
/// participants and the feedback summary. For the group's leaders and its unit's staff;
/// counts of identified clients need no small-cell protection for them, the feedback does.
enum GroupReportService {
    struct Report: Sendable {
        let sessions: [GroupAttendanceFigures.Session]
        /// Distinct enrolled clients marked present at least once.
        let participants: Int
        let walkIns: Int
        let overallRate: Double?
        let feedback: GroupFeedbackService.Results
    }

    /// Held sessions: not cancelled, and either before today or today with attendance marked.
    static func heldSessions(ofGroup groupID: UUID, today: Day, on db: any Database) async throws -> [GroupSession] {
        try await GroupSession.query(on: db).filter(\.$group.$id == groupID).filter(\.$day <= today.iso)
            .filter(\.$status != GroupSession.cancelled).sort(\.$day).sort(\.$startMinutes).all()
            .filter { $0.day < today.iso || $0.attendanceSavedAt != nil }
    }

    static func report(ofGroup groupID: UUID, today: Day, on db: any Database) async throws -> Report {
        let held = try await heldSessions(ofGroup: groupID, today: today, on: db)
        let sessionIDs = held.compactMap(\.id)
        let present = try await GroupAttendanceService.presentCounts(of: sessionIDs, on: db)
        let enrolments = try await GroupEnrolment.query(on: db).filter(\.$group.$id == groupID).all()
        let figures = held.compactMap { session -> GroupAttendanceFigures.Session? in
            guard let id = session.id, let day = session.sessionDay else { return nil }
            // Members on the day, as the attendance screen lists them.
            let enrolled = enrolments.filter {
                $0.enrolledOn <= session.day && ($0.leftOn.map { $0 > session.day } ?? true)
            }
            return .init(
                day: day, present: present[id] ?? 0, enrolled: enrolled.count, walkIns: session.walkIns,
                recorded: session.attendanceSavedAt != nil)
        }
        var participants = 0
        if !sessionIDs.isEmpty {
            let clients = try await GroupAttendanceRecord.query(on: db).filter(\.$session.$id ~~ sessionIDs)
                .filter(\.$status == AttendanceStatus.present.rawValue).all(\.$client.$id)
            participants = Set(clients).count
        }
        return Report(
            sessions: figures, participants: participants, walkIns: held.reduce(0) { $0 + $1.walkIns },
            overallRate: GroupAttendanceFigures.overallRate(figures),
            feedback: try await GroupFeedbackService.results(ofGroup: groupID, on: db))
    }

    /// The report page's data, audited as a view.
    static func view(_ groupID: UUID, on caller: Caller) async throws -> (ActivityGroup, Report) {
        let group = try await GroupFeedbackService.readable(groupID, on: caller)
        let report = try await report(ofGroup: groupID, today: Day(caller.now), on: caller.db)
        try await AuditLog.append(
            .view, unitID: group.$unit.id, recordType: "group-report", recordID: groupID.uuidString, on: caller)
        return (group, report)
    }
}
