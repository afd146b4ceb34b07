/// What an audit row records.
public enum AuditAction: String, CaseIterable, Codable, Sendable {
    case view
    case create
    case update
    case delete
    case export
    case print
    case login
    case loginFailed = "login-failed"
    case logout
    case permissionDenied = "permission-denied"
}
