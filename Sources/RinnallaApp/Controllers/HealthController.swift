import Fluent
import SQLKit
import Vapor

enum HealthController {
    struct Status: Content {
        let status: String
    }

    /// The process is up.
    static func live(req: Request) async throws -> Status {
        Status(status: "ok")
    }

    /// The database answers; a load balancer sends traffic only to ready instances.
    static func ready(req: Request) async throws -> Response {
        do {
            _ = try await (req.db as! any SQLDatabase).raw("SELECT 1").all()
            return try await Status(status: "ready").encodeResponse(for: req)
        } catch {
            req.logger.error("readiness check failed", metadata: ["component": "health", "error": "\(error)"])
            return try await Status(status: "database-unavailable").encodeResponse(
                status: .serviceUnavailable, for: req)
        }
    }
}
