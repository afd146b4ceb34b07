import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/me/password
    static let changeMyPassword = APIOperation(
        "changeMyPassword",
        "Change the logged-in user's password. While `mustChangePassword` is true (a new account or an administrator's reset), a token reaches only this operation, getMe and revokeToken; every other operation answers 403 with the code `password-change-required`.",
        tag: "auth", request: APIAuthController.PasswordChangeRequest.self, status: 204)
    /// POST /api/v1/auth/token
    static let createToken = APIOperation(
        "createToken", "Log in with email and password; returns a bearer token", tag: "auth",
        request: APIAuthController.TokenRequest.self, response: APIModels.TokenDTO.self, status: 201,
        errors: [401, 429], isPublic: true)
    /// GET /api/v1/me
    static let getMe = APIOperation(
        "getMe", "The logged-in user", tag: "auth", response: APIModels.UserDTO.self)
    /// DELETE /api/v1/auth/token
    static let revokeToken = APIOperation(
        "revokeToken", "Revoke the bearer token used for this call", tag: "auth", status: 204)
}
