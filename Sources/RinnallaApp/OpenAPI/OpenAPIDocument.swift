import Foundation
import OpenAPIKit
import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, built from the registered routes: every route
/// carrying an `APIOperation` (`.api(_:)`) becomes one operation; its method and path are
/// the route's own, its schemas are recorded from the Swift types it decodes and encodes.
/// Why derived rather than written: a hand-written document restated ~80 DTOs and drifted
/// from them; here the only statement of a shape is the type the handler uses.
enum OpenAPIDocument {
    static func build(routes: [Route]) -> OpenAPI.Document {
        var components = ComponentNames()
        let errorRef = components.reference(APIModels.ErrorBody.self, name: "Error")
        var paths = OpenAPI.PathItem.Map()
        for route in routes {
            guard let operation = route.apiOperation else { continue }
            let path = OpenAPI.Path(
                route.path.map { component -> String in
                    switch component {
                    case .parameter(let name): "{\(name)}"
                    default: component.description
                    }
                })
            var item = paths[path]?.b ?? OpenAPI.PathItem()
            let built = self.operation(operation, route: route, components: &components, errorRef: errorRef)
            guard let method = OpenAPI.HttpMethod(rawValue: route.method.rawValue) else { continue }
            item[method] = built
            paths[path] = .b(item)
        }
        var schemas = OpenAPI.ComponentDictionary<JSONSchema>()
        for (name, type) in components.sorted {
            schemas[.init(stringLiteral: name)] = SchemaRecorder.schema(for: type, nullableOptionals: true)
        }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_0,
            info: .init(
                title: "Rinnalla API",
                description:
                    "Social rehabilitation and inclusion work. Authenticate with POST /api/v1/auth/token and send"
                    + " `Authorization: Bearer <token>`. Error messages follow the user's language.",
                version: "1.0.0"),
            servers: [],
            paths: paths,
            components: .init(
                schemas: schemas,
                securitySchemes: ["bearerAuth": .b(.http(scheme: "bearer"))]),
            security: [[.component(named: "bearerAuth"): []]])
    }

    static func operation(
        _ op: APIOperation, route: Route, components: inout ComponentNames, errorRef: JSONSchema
    ) -> OpenAPI.Operation {
        var parameters = OpenAPI.Parameter.Array()
        var hasPathParameter = false
        for case .parameter(let name) in route.path {
            hasPathParameter = true
            let schema = op.pathParameters[name] ?? (name.hasSuffix("ID") ? .string(format: .uuid) : .string)
            parameters.append(.b(.path(name: name, schemaOrContent: .a(.init(schema, style: .simple)))))
        }
        if let query = op.query, case .object(_, let object) = SchemaRecorder.schema(for: query).value {
            for (name, schema) in object.properties {
                parameters.append(
                    .b(
                        .query(
                            name: name, required: schema.required,
                            schemaOrContent: .a(.init(schema.requiredSchemaObject(), style: .form)))))
            }
        }
        var responses = OpenAPI.Response.Map()
        func body(_ type: any Decodable.Type) -> OpenAPI.Content.Map {
            [.json: .b(.init(schema: components.schema(for: type)))]
        }
        var links = OpenAPI.Link.Map()
        for link in op.links {
            guard let expression = OpenAPI.RuntimeExpression(rawValue: "$response.body#" + link.pointer) else {
                continue
            }
            links[link.name] = .b(.init(operationId: link.operationID, parameters: [link.parameter: .a(expression)]))
        }
        for status in [op.status] + op.alsoSuccess {
            let description = status == 201 ? "Created" : status == 204 ? "No content" : "OK"
            responses[.status(code: status)] = .b(
                .init(description: description, content: op.response.map(body) ?? [:], links: links))
        }
        var errors = Set(op.errors)
        if !op.isPublic { errors.formUnion([401, 403]) }
        if hasPathParameter { errors.formUnion([404, 422]) }
        // A body or query may name a record (a unit, client, area...) the user cannot see: 404.
        if op.request != nil || op.requestSchema != nil { errors.formUnion([400, 404, 413, 422]) }
        // A query string that does not parse at all (e.g. `a[b=1`) is malformed: 400.
        if op.query != nil { errors.formUnion([400, 404, 422]) }
        for status in errors.sorted() {
            responses[.status(code: status)] = .b(
                .init(
                    description: errorDescriptions[status] ?? "Error",
                    content: [.json: .b(.init(schema: errorRef))]))
        }
        var requestBody: OpenAPI.Request?
        if let schema = op.requestSchema ?? op.request.map({ components.schema(for: $0) }) {
            requestBody = .init(content: [.json: .b(.init(schema: schema))], required: true)
        }
        return OpenAPI.Operation(
            tags: [op.tag], summary: op.summary, operationId: op.id, parameters: parameters,
            requestBody: requestBody, responses: responses, security: op.isPublic ? [] : nil)
    }

    static let errorDescriptions: [Int: String] = [
        400: "Malformed body or query string",
        401: "Not logged in (missing, expired or revoked token), or wrong credentials",
        403: "The role does not allow this (or the password must be changed first)",
        404: "Not found, or not visible to this user",
        409: "Conflict with the stored state",
        410: "Gone",
        413: "Body too large",
        415: "Body is not JSON",
        422: "Invalid input; `error.field` names the field",
        429: "Too many attempts; try again later",
    ]

    /// Component names for the DTO types: the type's own name without a `DTO` suffix,
    /// qualified by its controller when two types share it.
    struct ComponentNames {
        private var names: [ObjectIdentifier: String] = [:]
        private var types: [String: any Decodable.Type] = [:]

        var sorted: [(String, any Decodable.Type)] { types.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

        mutating func reference(_ type: any Decodable.Type, name: String? = nil) -> JSONSchema {
            if let name = names[ObjectIdentifier(type)] { return .reference(.component(named: name)) }
            let parts = String(reflecting: type).split(separator: ".").map(String.init)
            var short = name ?? parts.last ?? "Type"
            for suffix in ["DTO"] where short.hasSuffix(suffix) && short.count > suffix.count {
                short.removeLast(suffix.count)
            }
            var chosen = short
            if types[chosen] != nil {
                let owner = parts.dropLast().last.map {
                    $0.replacingOccurrences(of: "Controller", with: "").replacingOccurrences(of: "API", with: "")
                }
                chosen = (owner ?? "") + short
                var counter = 2
                while types[chosen] != nil {
                    chosen = short + String(counter)
                    counter += 1
                }
            }
            names[ObjectIdentifier(type)] = chosen
            types[chosen] = type
            return .reference(.component(named: chosen))
        }

        mutating func schema(for type: any Decodable.Type) -> JSONSchema {
            if let array = type as? any APIArrayType.Type {
                return .array(items: schema(for: array.apiElementType))
            }
            return reference(type)
        }
    }

    static func serve(req: Request) async throws -> Response {
        let document = build(routes: req.application.routes.all)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(document)))
        response.headers.contentType = .json
        return response
    }
}
