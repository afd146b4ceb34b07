import Vapor

// Group activity routes (issue 4), kept apart from routes.swift so parallel work rarely
// collides. The catalogue is the organisation's: any worker reads it (`.user`); a
// group's changes, sessions and attendance are its owning unit's data (`.unitData`).

func registerGroupPages(_ clientPages: any RoutesBuilder) {
    clientPages.page(.GET, .groups(.list), .user, use: GroupController.list)
    clientPages.page(.GET, .groups(.new), .user, use: GroupController.new)
    clientPages.page(.POST, .groups(.list), .user, use: GroupController.create)
    clientPages.page(.GET, .groups(.today), .user, use: GroupSessionController.today)
    clientPages.page(.GET, .group(.pattern, .show), .user, use: GroupController.show)
    clientPages.page(.GET, .group(.pattern, .flyer), .user, use: GroupController.flyer)
    clientPages.page(.GET, .group(.pattern, .edit), .unitData, use: GroupController.edit)
    clientPages.page(.POST, .group(.pattern, .show), .unitData, use: GroupController.update)
    clientPages.page(.POST, .group(.pattern, .sessions), .unitData, use: GroupSessionController.add)
    // Enrolling is for the client's worker, who may be in another unit than the group.
    clientPages.page(.POST, .group(.pattern, .enrolments), .user, use: GroupSessionController.enrol)
    clientPages.page(.POST, .leaveEnrolment(.pattern), .unitData, use: GroupSessionController.leave)
    clientPages.page(.GET, .session(.pattern, .show), .unitData, use: GroupSessionController.show)
    clientPages.page(.POST, .session(.pattern, .show), .unitData, use: GroupSessionController.update)
    clientPages.page(.POST, .session(.pattern, .cancel), .unitData, use: GroupSessionController.cancel)
    clientPages.page(.GET, .session(.pattern, .attendance), .unitData, use: GroupAttendanceController.show)
    clientPages.page(.POST, .session(.pattern, .attendance), .unitData, use: GroupAttendanceController.save)
}

func registerGroupAPI(_ apiClients: any RoutesBuilder) {
    apiClients.api(.GET, .groups, .user, .listGroups, use: APIGroupController.list)
    apiClients.api(.POST, .groups, .user, .createGroup, use: APIGroupController.create)
    apiClients.api(.GET, .group(.pattern, .show), .user, .getGroup, use: APIGroupController.get)
    apiClients.api(.PATCH, .group(.pattern, .show), .unitData, .updateGroup, use: APIGroupController.update)
    apiClients.api(.GET, .group(.pattern, .sessions), .user, .listGroupSessions, use: APIGroupController.sessions)
    apiClients.api(.POST, .group(.pattern, .sessions), .unitData, .addGroupSession, use: APIGroupController.addSession)
    apiClients.api(.GET, .sessionAttendance(.pattern), .unitData, .getAttendance, use: APIGroupController.attendance)
    apiClients.api(
        .PUT, .sessionAttendance(.pattern), .unitData, .saveAttendance, use: APIGroupController.saveAttendance)
}
