import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/me/activity-money
    static let addActivityMoneyExpense = APIOperation(
        "addActivityMoneyExpense",
        "Record an expense. A sum above what is left of the year's budget is refused with 422 naming the sum's field (`sumCents`, or `sum` when given as text); nothing is saved.",
        tag: "worker", request: APIWorkerDayController.ExpenseRequest.self,
        response: APIWorkerDayController.ExpenseDTO.self, status: 201)
    /// GET /api/v1/me/activity-money
    static let getActivityMoney = APIOperation(
        "getActivityMoney", "The worker's activity money this year: budget by role, spent, left and expenses",
        tag: "worker", response: APIWorkerDayController.ActivityMoneyDTO.self)
    /// GET /api/v1/me/reminders
    static let getReminders = APIOperation(
        "getReminders",
        "The worker's day: today's and the rest of the week's meetings, clients with fewer than 2 realised meetings this month (from the 15th on; null before), decisions ending within 21 days and allowance months to decide, over the worker's own clients. Audited as one view.",
        tag: "worker", response: APIWorkerDayController.RemindersDTO.self)
}
