import Vapor

/// The one place a refused form turns into the form again: `action` saves and answers
/// (a redirect, usually); an `AppError` of 422 (a field the user can fix), or of a code in
/// `alsoFor`, is answered by `render`, which shows the form with the user's input and the
/// message next to the field. Any other error goes on to `AppErrorMiddleware`.
func rerenderOn422(
    alsoFor codes: Set<String> = [], _ action: () async throws -> Response,
    render: (AppError) async throws -> Response
) async throws -> Response {
    do {
        return try await action()
    } catch let error as AppError where error.status == .unprocessableEntity || codes.contains(error.code) {
        return try await render(error)
    }
}

/// `rerenderOn422` for an action whose success answer comes after it: nil when `action`
/// succeeded, else the re-rendered form.
func pageOn422(
    alsoFor codes: Set<String> = [], _ action: () async throws -> Void,
    render: (AppError) async throws -> Response
) async throws -> Response? {
    do {
        try await action()
        return nil
    } catch let error as AppError where error.status == .unprocessableEntity || codes.contains(error.code) {
        return try await render(error)
    }
}
