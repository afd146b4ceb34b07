import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/clients
    static let createClient = APIOperation(
        "createClient", "Create a client in one of the user's units", tag: "clients",
        request: APIClientController.NewClientRequest.self, response: APIClientController.ClientDTO.self, status: 201,
        links: [
            .to(.getClient, "clientID"), .to(.updateClient, "clientID"), .to(.startPeriod, "clientID"),
            .to(.listPeriods, "clientID"),
        ])
    /// GET /api/v1/clients/{clientID}
    static let getClient = APIOperation(
        "getClient", "One client (audited as a view)", tag: "clients", response: APIClientController.ClientDTO.self)
    /// GET /api/v1/clients
    static let listClients = APIOperation(
        "listClients",
        "Clients in the user's units: search by name or identity code (`q`); without `q`, the user's own clients. Audited.",
        tag: "clients", response: [APIClientController.ClientDTO].self, query: ClientQuery.self)
    /// PATCH /api/v1/clients/{clientID}
    static let updateClient = APIOperation(
        "updateClient",
        "Change a client's details; omitted fields keep their values. A new unitID moves the client and all their records to that unit",
        tag: "clients", request: APIClientController.ClientChangeRequest.self,
        response: APIClientController.ClientDTO.self)
}
