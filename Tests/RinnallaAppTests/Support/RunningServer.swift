import NIOCore
import Vapor

/// One request through a running server, as VaporTesting's `.running` method sends it,
/// with a deadline that a loaded machine meets: VaporTesting fixes 30 s, which ran out
/// on the 2-core machine under three builds, and the app was then shut down under a
/// handler still running (a crash that stopped the whole suite).
enum RunningServer {
    struct Response {
        let status: HTTPResponseStatus
        let body: String
    }

    static func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: String
    ) async throws -> Response {
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        let client = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton)
        do {
            guard let port = app.http.server.shared.localAddress?.port else {
                throw Abort(.internalServerError, reason: "the test server has no port")
            }
            let request = try HTTPClient.Request(
                url: "http://127.0.0.1:\(port)\(path)", method: method, headers: headers, body: .string(body))
            let response = try await client.execute(request: request, deadline: .now() + .minutes(5)).get()
            try await client.shutdown()
            await app.server.shutdown()
            return Response(status: response.status, body: response.body.map { String(buffer: $0) } ?? "")
        } catch {
            try? await client.shutdown()
            await app.server.shutdown()
            throw error
        }
    }
}
