import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/users/{userID}/activate
    static let activateUser = APIOperation(
        "activateUser", "Reactivate (admin)", tag: "admin", response: APIModels.UserDTO.self)
    /// POST /api/v1/users/{userID}/roles
    static let addRole = APIOperation(
        "addRole", "Give the user a role in a unit (admin)", tag: "admin", request: APIAdminController.RoleRequest.self,
        response: APIModels.UserDTO.self, status: 201)
    /// POST /api/v1/units
    static let createUnit = APIOperation(
        "createUnit", "Create a unit (admin)", tag: "admin", request: APIAdminController.NewUnitRequest.self,
        response: APIModels.UnitDTO.self, status: 201, links: [.to(.getUnit, "unitID")])
    /// POST /api/v1/users
    static let createUser = APIOperation(
        "createUser", "Create a user with a first role (admin)", tag: "admin",
        request: APIAdminController.NewUserRequest.self, response: APIModels.UserDTO.self, status: 201,
        links: [.to(.getUser, "userID"), .to(.updateUser, "userID")])
    /// POST /api/v1/users/{userID}/deactivate
    static let deactivateUser = APIOperation(
        "deactivateUser", "Deactivate; users are never deleted (admin)", tag: "admin", response: APIModels.UserDTO.self)
    /// GET /api/v1/units/{unitID}
    static let getUnit = APIOperation(
        "getUnit", "One unit (admin)", tag: "admin", response: APIModels.UnitDTO.self)
    /// GET /api/v1/users/{userID}
    static let getUser = APIOperation(
        "getUser", "One user (admin)", tag: "admin", response: APIModels.UserDTO.self)
    /// GET /api/v1/units
    static let listUnits = APIOperation(
        "listUnits", "All units (admin)", tag: "admin", response: [APIModels.UnitDTO].self)
    /// GET /api/v1/users
    static let listUsers = APIOperation(
        "listUsers", "All users (admin)", tag: "admin", response: [APIModels.UserDTO].self)
    /// DELETE /api/v1/users/{userID}/roles/{membershipID}
    static let removeRole = APIOperation(
        "removeRole", "Remove one role (admin)", tag: "admin", status: 204)
    /// PATCH /api/v1/users/{userID}
    static let updateUser = APIOperation(
        "updateUser", "Change name, email or language (admin)", tag: "admin",
        request: APIAdminController.UpdateUserRequest.self, response: APIModels.UserDTO.self)
}
