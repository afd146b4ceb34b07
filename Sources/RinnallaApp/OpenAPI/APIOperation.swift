import OpenAPIKit
import Vapor

/// One API operation, described once and given to its route's registration
/// (`RoutesBuilder.api`). Method and path come from the route; the body, response and query schemas
/// come from the Swift types the handler decodes and encodes (see `SchemaRecorder`).
struct APIOperation: @unchecked Sendable {  // only immutable metatypes and values
    let id: String
    let summary: String
    let tag: String
    var request: (any Decodable.Type)?
    /// A request body that is not one Swift type (e.g. chosen by a path parameter).
    var requestSchema: JSONSchema?
    var response: (any Decodable.Type)?
    var status: Int
    /// Further success answers (e.g. 200 when a retried create returns the stored row).
    var alsoSuccess: [Int]
    /// The type the handler decodes its query string into; each property is one parameter.
    var query: (any Decodable.Type)?
    /// Schemas of path parameters that are not ids (ids are uuids).
    var pathParameters: [String: JSONSchema]
    /// Error answers beyond the ones derived from the operation's shape.
    var errors: [Int]
    /// Reachable without a token (`security: []`).
    var isPublic: Bool
    /// Operations a success answer leads to (OpenAPI links), e.g. a created record's read.
    var links: [APILink]

    init(
        _ id: String, _ summary: String, tag: String, request: (any Decodable.Type)? = nil,
        requestSchema: JSONSchema? = nil, response: (any Decodable.Type)? = nil, status: Int = 200,
        alsoSuccess: [Int] = [], query: (any Decodable.Type)? = nil, pathParameters: [String: JSONSchema] = [:],
        errors: [Int] = [], isPublic: Bool = false, links: [APILink] = []
    ) {
        self.id = id
        self.summary = summary
        self.tag = tag
        self.request = request
        self.requestSchema = requestSchema
        self.response = response
        self.status = status
        self.alsoSuccess = alsoSuccess
        self.query = query
        self.pathParameters = pathParameters
        self.errors = errors
        self.isPublic = isPublic
        self.links = links
    }

    static let userInfoKey = "rinnalla.api"
}

/// An OpenAPI link from a success answer to another operation: the target's path
/// parameter takes a value of the answer's body. Declared so that a client (and the
/// contract pass's stateful phase) can follow a created record to its reads and changes.
struct APILink: Sendable {
    let operationID: String
    let parameter: String
    /// A JSON pointer into the answer's body.
    let pointer: String

    /// `parameter` of `operation` is the answer's `id` (or the field `pointer` names).
    static func to(_ operation: APIOperation, _ parameter: String, from pointer: String = "/id") -> APILink {
        APILink(operationID: operation.id, parameter: parameter, pointer: pointer)
    }

    /// The link's name in the document: the target operation's id.
    var name: String { operationID }
}

extension Route {
    /// How the OpenAPI document describes this route; set by `RoutesBuilder.api`.
    var apiOperation: APIOperation? { userInfo[APIOperation.userInfoKey] as? APIOperation }
}

/// `[T]` as a response: an array of the element's component.
protocol APIArrayType {
    static var apiElementType: any Decodable.Type { get }
}

extension Array: APIArrayType where Element: Decodable {
    static var apiElementType: any Decodable.Type { Element.self }
}
