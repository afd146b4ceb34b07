import RinnallaCore
import Vapor

/// The handbook's steps of a period over the API: read them all, tick one done outside
/// Rinnalla, or take a tick away.
enum APIPeriodStepController {
    struct StepDTO: Content {
        let id: String
        let phase: String
        /// The step in the handbook's words, in the caller's language.
        let text: String
        /// Where in Rinnalla it is done (`HandbookStep.Place`); absent for steps done elsewhere.
        let place: String?
        let done: Bool
        /// Done by a record in Rinnalla: who and on which day (`yyyy-MM-dd`).
        let recordedBy: String?
        let recordedOn: String?
        /// Ticked by a worker: who and on which day.
        let tickedBy: String?
        let tickedOn: String?
    }

    static func dto(_ state: HandbookStepState, _ language: Language) -> StepDTO {
        StepDTO(
            id: state.step.id, phase: state.step.phase.rawValue,
            text: Localizer.shared.text(state.step.text, language), place: state.step.place?.rawValue,
            done: state.isDone, recordedBy: state.recorded?.by, recordedOn: state.recorded?.on.iso,
            tickedBy: state.ticked?.by, tickedOn: state.ticked?.on.iso)
    }

    static func list(req: Request) async throws -> [StepDTO] {
        let (_, states) = try await PeriodStepService.view(try req.id(.periodID), on: req.caller)
        return states.map { dto($0, req.language) }
    }

    static func tick(req: Request) async throws -> StepDTO {
        try await set(req, ticked: true)
    }

    static func untick(req: Request) async throws -> StepDTO {
        try await set(req, ticked: false)
    }

    private static func set(_ req: Request, ticked: Bool) async throws -> StepDTO {
        let state = try await PeriodStepService.set(
            try req.id(.periodID), step: req.text(.step), ticked: ticked, on: req.caller)
        return dto(state, req.language)
    }
}
