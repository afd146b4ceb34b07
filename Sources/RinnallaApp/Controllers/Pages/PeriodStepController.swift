import Fluent
import RinnallaCore
import Vapor

/// One phase's ticks as the checklist form sends them: the phase, and a checkbox per
/// step (`tick-<step id>`), since the steps come from the handbook, not the coding keys.
struct PeriodStepsForm: PageForm, Sendable {
    var phase: String?
    var ticked: Set<String> = []

    enum CodingKeys: String, CodingKey { case phase }

    init() {}

    static func name(tick stepID: String) -> String { "tick-\(stepID)" }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let all = try decoder.container(keyedBy: FormFieldKey.self)
        phase = try c.decodeIfPresent(String.self, forKey: .phase)
        ticked = Set(
            all.allKeys.map(\.stringValue).filter { $0.hasPrefix("tick-") && all.checked($0) }.map {
                String($0.dropFirst("tick-".count))
            })
    }
}

/// The handbook's steps of a period: the page with all phases, and saving one phase's ticks.
enum PeriodStepController {
    static func show(req: Request) async throws -> Response {
        let (period, states) = try await PeriodStepService.view(try req.id(.periodID), on: req.caller)
        return PeriodStepViews.page(PageContext(req, notice: Notice.from(req)), try model(req, period, states))
            .response()
    }

    static func save(req: Request) async throws -> Response {
        let id = try req.id(.periodID)
        let form = PeriodStepsForm(from: req)
        try await PeriodStepService.save(id, phase: form.phase, ticked: form.ticked, on: req.caller)
        return req.redirect(to: .period(id, .steps), notice: .stepsSaved, fragment: "phase-\(form.phase ?? "")")
    }

    static func model(_ req: Request, _ period: RehabilitationPeriod, _ states: [HandbookStepState]) throws
        -> PeriodStepViews.Model
    {
        let user = try req.requireUser()
        return PeriodStepViews.Model(
            periodID: try period.requireID(), clientID: period.$client.id, clientName: period.client.name,
            current: period.currentPhase, isOpen: period.isOpen,
            canTick: period.isOpen && user.can(.writeClientData, inUnit: period.$unit.id), states: states)
    }
}
