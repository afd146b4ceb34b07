/// A group's figures for the team lead: sessions held, attendance of the enrolled,
/// occupancy against capacity, and who has missed twice in a row ("Seuraa asiakkaan
/// osallistumista ryhmäkertoihin").
public struct GroupFigures: Sendable, Hashable {
    /// One session as the figures see it; `Client` is the app's client id.
    public struct Session<Client: Hashable & Sendable>: Sendable {
        public var day: Day
        /// Took place (not cancelled, and its attendance recorded): the app decides.
        public var held: Bool
        /// The group's places on the day.
        public var capacity: Int
        /// Clients enrolled on the day.
        public var enrolled: Set<Client>
        /// Recorded attendance, enrolled or not (an open group takes others too).
        public var attendance: [Client: AttendanceStatus]
        /// Participants counted without identity.
        public var walkIns: Int

        public init(
            day: Day, held: Bool, capacity: Int, enrolled: Set<Client>, attendance: [Client: AttendanceStatus],
            walkIns: Int = 0
        ) {
            self.day = day
            self.held = held
            self.capacity = capacity
            self.enrolled = enrolled
            self.attendance = attendance
            self.walkIns = walkIns
        }

        /// Everyone present: recorded as present, enrolled or not, and the walk-ins.
        public var participants: Int { attendance.values.count(where: { $0 == .present }) + walkIns }
    }

    public let sessions: Int
    public let held: Int
    /// Enrolled clients present at held sessions, out of the enrolled at held sessions.
    /// An excused absence or a missing record is not attendance: the worker's own count
    /// (`GroupAttendance.missedInARow`) treats an excused absence as a missed session too.
    public let attendance: Share
    /// Participants at held sessions out of their capacity, summed over the sessions
    /// rather than averaged per session: the sum is what the list of sessions (one row each
    /// with participants and capacity) adds up to, and a short session with few places
    /// weighs in by its places, not as much as a full-size one. Can exceed the whole (an
    /// open group with walk-ins).
    public let occupancy: Share

    public init<Client>(_ sessions: [Session<Client>]) {
        let held = sessions.filter(\.held)
        self.sessions = sessions.count
        self.held = held.count
        attendance = Share(
            part: held.reduce(0) { sum, session in
                sum + session.enrolled.count(where: { session.attendance[$0] == .present })
            },
            whole: held.reduce(0) { $0 + $1.enrolled.count })
        occupancy = Share(
            part: held.reduce(0) { $0 + $1.participants }, whole: held.reduce(0) { $0 + max($1.capacity, 0) })
    }

    /// Clients still enrolled (at the latest held session) whose latest recorded sessions
    /// were missed twice or more in a row, with how many: the group page's rule
    /// (`GroupAttendance.needsAttention`) over the statuses recorded for the client at
    /// held sessions while enrolled, in day order. Pass the group's sessions up to the
    /// day asked, earlier ones included.
    public static func missedInARow<Client>(_ sessions: [Session<Client>]) -> [Client: Int] {
        let held = sessions.filter(\.held).sorted { $0.day < $1.day }
        guard let latest = held.last else { return [:] }
        var result: [Client: Int] = [:]
        for client in latest.enrolled {
            let statuses = held.compactMap { $0.enrolled.contains(client) ? $0.attendance[client] : nil }
            if GroupAttendance.needsAttention(statuses) { result[client] = GroupAttendance.missedInARow(statuses) }
        }
        return result
    }
}
