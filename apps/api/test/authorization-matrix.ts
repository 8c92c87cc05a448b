import type { MatrixRole, ObjectKind, Place } from './authorization-factory';

/**
 * THE AUTHORIZATION MATRIX (issue 18) — who may call which route, on their own and on someone else's object.
 * authorization-matrix.int-spec.ts reads the OpenAPI document of the running app, calls every route below as
 * every column and prints the table; a route the document has and this table lacks fails the test.
 *
 * The matrix checks the guard and the scope, NOT validation. A cell says:
 *   ok       the caller got past the guard and the scope: any answer except 401, 403 and 404 (a 400 for the
 *            minimal `{}` body counts: validation runs after the guard). Never a 5xx, in any cell.
 *   401      no usable credential           403  the role may not call the route
 *   404      the object is outside the caller's scope (or does not exist for them)
 *   4xx      any other exact status, where the answer itself is the point (e.g. 400 homeCenterNotAllowed)
 *   a/b      a for the caller's OWN object, b for a FOREIGN one (routes with an {id}, or a scoped body).
 *
 * Callers: anon (no token), applicant, volunteer (home center A, assigned at A), coordinator (of center A),
 * organizer (of event A), hr, admin, kiosk (device token of center A, X-Kiosk-Token). Own = place A's object,
 * foreign = place B's (authorization-factory.ts). An organizer's own shifts, positions, assignments, swaps,
 * hour entries, kiosks, roster runs and messages are event A's; everyone else's are center A's.
 * Ids the factory does not make (e.g. a calendar file) are well-formed ids of nothing; a public certificate {code}
 * is the verification code of place A's (own) or B's (foreign) certificate.
 */

/** Column order of every row. */
export const COLUMNS: readonly MatrixRole[] = ['anon', 'applicant', 'volunteer', 'coordinator', 'organizer', 'hr', 'admin', 'kiosk'];

// prettier-ignore
export const MATRIX: Record<string, string> = {
  //                                                       anon    applicant  volunteer  coordinator  organizer  hr      admin   kiosk
  'GET /notifications/deliveries':                        '401     403        403        403          403        403     ok      401',
  'GET /notifications/deliveries/{id}':                   '401     403        403        403          403        403     ok      401',
  'POST /notifications/deliveries/{id}/retry':            '401     403        403        403          403        403     ok      401',
  'GET /unsubscribe':                                     'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /unsubscribe':                                    'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /audit-log':                                       '401     403        403        403          403        403     ok      401',
  'GET /api/health':                                      'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /.well-known/dost-issuer.json':                    'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /auth/login':                                     'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /auth/login/mfa':                                 'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /auth/refresh':                                   '401     401        401        401          401        401     401     401',
  'POST /auth/logout':                                    'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /auth/me':                                         '401     ok         ok         ok           ok         ok      ok      401',
  'POST /auth/password':                                  '401     ok         ok         ok           ok         ok      ok      401',
  'POST /auth/forgot-password':                           'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /auth/reset-password':                            'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /auth/set-password':                              'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /auth/2fa':                                        '401     ok         ok         ok           ok         ok      ok      401',
  'POST /auth/2fa/enrolment':                             '401     403        403        ok           ok         ok      ok      401',
  'POST /auth/2fa/enrolment/confirm':                     '401     ok         ok         ok           ok         ok      ok      401',
  'POST /auth/2fa/disable':                               '401     ok         ok         ok           ok         ok      ok      401',
  'POST /auth/2fa/recovery-codes':                        '401     ok         ok         ok           ok         ok      ok      401',
  'GET /users/{id}/2fa':                                  '401     403        403        403          403        403     ok      401',
  'POST /users/{id}/2fa/reset':                           '401     403        403        403          403        403     ok      401',
  'GET /me/sessions':                                     '401     ok         ok         ok           ok         ok      ok      401',
  'DELETE /me/sessions/{id}':                             '401     ok/404     ok/404     ok/404       ok/404     ok/404  ok/404  401',
  'POST /me/sessions/revoke-others':                      '401     ok         ok         ok           ok         ok      ok      401',
  // My profile (issue 16): always the caller's own data, for every signed-in role; the confirm link needs no login.
  'GET /me/profile':                                      '401     ok         ok         ok           ok         ok      ok      401',
  'PATCH /me/profile':                                    '401     ok         ok         ok           ok         ok      ok      401',
  'POST /me/email-change':                                '401     ok         ok         ok           ok         ok      ok      401',
  'POST /email-change/confirm':                           'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /me/export':                                       '401     ok         ok         ok           ok         ok      ok      401',
  'GET /me/export/pdf':                                   '401     ok         ok         ok           ok         ok      ok      401',
  'POST /me/closure-request':                             '401     ok         ok         ok           ok         ok      ok      401',
  'DELETE /me/closure-request':                           '401     ok         ok         ok           ok         ok      ok      401',
  'GET /me/applications':                                 '401     ok         ok         ok           ok         ok      ok      401',
  'GET /account-closure-requests':                        '401     403        403        403          403        ok      ok      401',
  'GET /users':                                           '401     403        403        403          403        403     ok      401',
  'POST /users':                                          '401     403        403        403          403        403     ok      401',
  'GET /users/{id}':                                      '401     403        403        403          403        403     ok      401',
  'PATCH /users/{id}':                                    '401     403        403        403          403        403     ok      401',
  'DELETE /users/{id}':                                   '401     403        403        403          403        403     ok      401',
  'POST /users/{id}/invitation':                          '401     403        403        403          403        403     ok      401',
  'GET /centers':                                         '401     403        403        ok           403        ok      ok      401',
  'POST /centers':                                        '401     403        403        403          403        403     ok      401',
  'GET /centers/{id}':                                    '401     403        403        ok/404       403        ok      ok      401',
  'PATCH /centers/{id}':                                  '401     403        403        403          403        403     ok      401',
  'DELETE /centers/{id}':                                 '401     403        403        403          403        403     ok      401',
  'GET /centers/{id}/coordinators':                       '401     403        403        403          403        403     ok      401',
  'PUT /centers/{id}/coordinators/{userId}':              '401     403        403        403          403        403     ok      401',
  'GET /events':                                          '401     403        403        403          ok         ok      ok      401',
  'POST /events':                                         '401     403        403        403          ok         403     ok      401',
  'GET /events/{id}':                                     '401     403        403        403          ok/404     ok      ok      401',
  'PATCH /events/{id}':                                   '401     403        403        403          403        403     ok      401',
  'DELETE /events/{id}':                                  '401     403        403        403          403        403     ok      401',
  'GET /positions':                                       '401     403        403        ok           ok         403     ok      401',
  'POST /positions':                                      '401     403        403        ok/404       ok/404     403     ok      401',
  'PATCH /positions/{id}':                                '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /shift-policies':                                  '401     403        403        ok/404       ok/404     403     ok      401',
  'PUT /shift-policies':                                  '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /shifts':                                          '401     403        403        ok           ok         403     ok      401',
  'POST /shifts':                                         '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /shifts/{id}':                                     '401     403        403        ok/404       ok/404     403     ok      401',
  'PATCH /shifts/{id}':                                   '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /shifts/{id}/cancel':                             '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /shifts/{id}/candidates':                          '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /shifts/{id}/assignments':                        '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /assignments/{id}/unassign':                      '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /shifts/{id}/signup':                             '401     403        ok         403          403        403     403     401',
  'GET /rostering/centers/{id}/week':                     '401     403        403        ok/404       404        403     ok      401',
  'GET /rostering/centers/{id}/day-sheet':                '401     403        403        ok/404       404        403     ok      401',
  'GET /rostering/events/{id}/role-board':                '401     403        403        404          ok/404     403     ok      401',
  'POST /rostering/events/{id}/blocks':                   '401     403        403        403          ok/404     403     ok      401',
  'POST /rostering/events/{id}/copy-day':                 '401     403        403        403          ok/404     403     ok      401',
  'GET /rostering/events/{id}/staffing-area':             '401     403        403        403          ok/404     403     ok      401',
  'PUT /rostering/events/{id}/staffing-area':             '401     403        403        403          ok/404     403     ok      401',
  'GET /shift-templates':                                 '401     403        403        ok           403        403     ok      401',
  'POST /shift-templates':                                '401     403        403        ok           403        403     ok      401',
  'PATCH /shift-templates/{id}':                          '401     403        403        ok/404       403        403     ok      401',
  'DELETE /shift-templates/{id}':                         '401     403        403        ok/404       403        403     ok      401',
  'POST /shift-templates/{id}/generate':                  '401     403        403        ok/404       403        403     ok      401',
  'GET /swap-approvals':                                  '401     403        403        ok           ok         403     ok      401',
  'POST /swaps/{id}/decide':                              '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /non-working-days':                                '401     403        403        ok           ok         ok      ok      401',
  'PUT /non-working-days':                                '401     403        403        403          403        403     ok      401',
  'DELETE /non-working-days/{date}':                      '401     403        403        403          403        403     ok      401',
  'GET /calendar/years/{year}':                           '401     403        403        ok           ok         ok      ok      401',
  'PUT /calendar/years/{year}':                           '401     403        403        403          403        403     ok      401',
  'PUT /calendar/overrides/{date}':                       '401     403        403        403          403        403     ok      401',
  'DELETE /calendar/overrides/{date}':                    '401     403        403        403          403        403     ok      401',
  'GET /me/shifts':                                       '401     403        ok         403          403        403     403     401',
  'GET /me/open-shifts':                                  '401     403        ok         403          403        403     403     401',
  'GET /me/open-shift-centers':                           '401     403        ok         403          403        403     403     401',
  'GET /me/open-shift-positions':                         '401     403        ok         403          403        403     403     401',
  'POST /me/assignments/{id}/cancel':                     '401     403        ok/404     403          403        403     403     401',
  'POST /me/assignments/{id}/swap':                       '401     403        ok/404     403          403        403     403     401',
  'GET /me/assignments/{id}/swap-candidates':             '401     403        ok/404     403          403        403     403     401',
  'GET /me/swaps':                                        '401     403        ok         403          403        403     403     401',
  'POST /swaps/{id}/take':                                '401     403        404/ok     403          403        403     403     401',
  'POST /swaps/{id}/withdraw':                            '401     403        ok/404     403          403        403     403     401',
  'GET /me/calendar-feed':                                '401     403        ok         403          403        403     403     401',
  'POST /me/calendar-feed':                               '401     403        ok         403          403        403     403     401',
  'DELETE /me/calendar-feed':                             '401     403        ok         403          403        403     403     401',
  'POST /rostering/centers/{id}/calendar-feed':           '401     403        403        ok/404       403        403     ok      401',
  'DELETE /rostering/centers/{id}/calendar-feed':         '401     403        403        ok/404       403        403     ok      401',
  'GET /calendar/{file}':                                 '404     404        404        404          404        404     404     404',
  'POST /roster-runs':                                    '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /roster-runs':                                     '401     403        403        ok           ok         403     ok      401',
  'GET /roster-runs/{id}':                                '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /roster-runs/{id}/cancel':                        '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /roster-runs/{id}/apply':                         '401     403        403        ok/404       ok/404     403     ok      401',
  // Liaison matching (issue 15, docs/liaisons.md): the event's organisers and admins; a volunteer sees their own delegations.
  'GET /events/{id}/liaisons':                            '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/liaisons/match':                     '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/liaisons/apply':                     '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/liaisons/notify':                    '401     403        403        403          ok/404     403     ok      401',
  'GET /me/liaison-delegations':                          '401     403        ok         403          403        403     403     401',
  'GET /public/intakes':                                  'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /public/intakes/{id}':                             'ok/404  ok/404     ok/404     ok/404       ok/404     ok/404  ok/404  ok/404',
  'POST /public/intakes/{id}/applications':               'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /public/applications/verify':                     'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /public/application-status':                       'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /public/application-status/resend-verification':  'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /public/application-status/withdraw':             'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /public/application-status/withdraw-consent':     'ok      ok         ok         ok           ok         ok      ok      ok',
  'POST /public/application-status/interview':            'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /intakes':                                         '401     403        403        ok           403        ok      ok      401',
  'POST /intakes':                                        '401     403        403        ok           403        403     ok      401',
  // Defect 9: B's intake is a draft of another center: not found for A's coordinator (published ones are readable).
  'GET /intakes/{id}':                                    '401     403        403        ok/404       403        ok      ok      401',
  'PATCH /intakes/{id}':                                  '401     403        403        ok/404       403        403     ok      401',
  'DELETE /intakes/{id}':                                 '401     403        403        ok/403       403        403     ok      401',
  'GET /intakes/{id}/interview-slots':                    '401     403        403        ok/404       403        ok      ok      401',
  'POST /intakes/{id}/interview-slots':                   '401     403        403        ok/404       403        403     ok      401',
  // Answered 500 for everyone allowed until the matrix found it (TypeORM 1 refuses a bare null in a where).
  'DELETE /interview-slots/{id}':                         '401     403        403        ok/403       403        403     ok      401',
  'GET /applications':                                    '401     403        403        ok           403        ok      ok      401',
  'GET /applications/export':                             '401     403        403        ok           403        ok      ok      401',
  'POST /applications/bulk-transitions':                  '401     403        403        ok           403        403     ok      401',
  'GET /applications/{id}':                               '401     403        403        ok/404       403        ok      ok      401',
  'GET /applications/{id}/fin':                           '401     403        403        403          403        ok      ok      401',
  'POST /applications/{id}/transitions':                  '401     403        403        ok/404       403        403     ok      401',
  'PUT /applications/{id}/scores':                        '401     403        403        ok/404       403        403     ok      401',
  'POST /applications/{id}/checklist':                    '401     403        403        ok/404       403        403     ok      401',
  'POST /applications/{id}/person':                       '401     403        403        ok/404       403        403     ok      401',
  // Defect 2 (issue 18): a coordinator may not move their applicant to center B (400 homeCenterNotAllowed); B's is 404.
  'POST /applications/{id}/home-center':                  '401     403        403        400/404      403        403     ok      401',
  'GET /hour-entries':                                    '401     403        403        ok           ok         ok      ok      401',
  // Someone else's volunteer at someone else's place: 400 naming both fields (hoursPlaceOutOfScope), nothing written.
  'POST /hour-entries':                                   '401     403        403        ok/400       ok/400     403     ok      401',
  'GET /hour-entries/pending-count':                      '401     403        403        ok           ok         ok      ok      401',
  'POST /hour-entries/decide':                            '401     403        403        ok           ok         403     ok      401',
  'GET /hour-entries/{id}':                               '401     403        403        ok/404       ok/404     ok      ok      401',
  'POST /hour-entries/{id}/correct':                      '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /me/hours':                                        '401     403        ok         403          403        403     403     401',
  'GET /me/hour-entries':                                 '401     403        ok         403          403        403     403     401',
  'POST /me/hour-entries':                                '401     403        ok         403          403        403     403     401',
  'POST /kiosks':                                         '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /kiosks':                                          '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /kiosks/{id}/revoke':                             '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /kiosk/me':                                        '401     401        401        401          401        401     401     ok',
  'GET /kiosk/code':                                      '401     401        401        401          401        401     401     ok',
  'GET /kiosk/expected':                                  '401     401        401        401          401        401     401     ok',
  'POST /kiosk/pin':                                      '401     401        401        401          401        401     401     ok',
  'POST /kiosk/sync':                                     '401     401        401        401          401        401     401     ok',
  'POST /attendance/scan':                                '401     403        ok         403          403        403     403     401',
  'GET /me/kiosk-pin':                                    '401     403        ok         403          403        403     403     401',
  'PUT /me/kiosk-pin':                                    '401     403        ok         403          403        403     403     401',
  'GET /attendance/now':                                  '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /attendance/blocked':                              '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /shifts/{id}/attendance':                          '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /shifts/{id}/attendance':                         '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /assignments/{id}/no-show-correction':            '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /volunteers/{id}/no-show-block/clear':            '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /dashboard':                                       '401     403        403        ok           ok         ok      ok      401',
  'POST /messages/preview':                               '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /messages':                                       '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /messages':                                        '401     403        403        ok           ok         403     ok      401',
  'GET /messages/{id}':                                   '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /reports/national':                                '401     403        403        403          403        ok      ok      401',
  'GET /reports/centers/{id}':                            '401     403        403        ok/404       403        ok      ok      401',
  // Event-day desk (issue 15, docs/event-desk.md): admins and the event's organisers. Replacements and an incident's
  // update answer 400 to the matrix's bodies/ids before the scope is looked at (the int-spec checks their 404).
  'GET /events/{id}/desk/board':                          '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/desk/standby':                        '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/desk/replacements':                  '401     403        403        403          ok         403     ok      401',
  'GET /events/{id}/desk/incidents':                      '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/desk/incidents':                     '401     403        403        403          ok/404     403     ok      401',
  'PATCH /events/{id}/desk/incidents/{incidentId}':       '401     403        403        403          ok         403     ok      401',
  'GET /reports/events/{id}':                             '401     403        403        403          ok/404     ok      ok      401',
  // Certificates (issue 13). A batch is its starter's (and the admins'): B's coordinator started B's.
  'GET /certificate-types':                               '401     403        403        ok           ok         ok      ok      401',
  'POST /certificate-types':                              '401     403        403        403          403        403     ok      401',
  'GET /certificate-types/{id}':                          '401     403        403        ok           ok         ok      ok      401',
  'PATCH /certificate-types/{id}':                        '401     403        403        403          403        403     ok      401',
  'GET /certificates':                                    '401     403        403        ok           ok         ok      ok      401',
  // Issuing to someone else's volunteer: 400 naming the volunteer (out of scope), nothing issued.
  'POST /certificates':                                   '401     403        403        ok/400       ok/400     403     ok      401',
  'GET /certificates/export':                             '401     403        403        ok           ok         ok      ok      401',
  'GET /certificates/{id}':                               '401     403        403        ok/404       ok/404     ok      ok      401',
  'GET /certificates/{id}/pdf':                           '401     403        403        ok/404       ok/404     ok      ok      401',
  'GET /certificates/{id}/credential':                    '401     403        403        ok/404       ok/404     ok      ok      401',
  'POST /certificates/{id}/revoke':                       '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /certificates/{id}/reissue':                      '401     403        403        ok/404       ok/404     403     ok      401',
  'POST /certificate-batches':                            '401     403        403        ok           ok         403     ok      401',
  'GET /certificate-batches/{id}':                        '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /volunteers/{id}/certificate-progress':            '401     403        403        ok/404       ok/404     ok      ok      401',
  // People (issue 16): coordinators see their center's people, organisers the people on their events' shifts, HR and admins all.
  'GET /volunteers':                                      '401     403        403        ok           ok         ok      ok      401',
  'GET /volunteers/export':                               '401     403        403        ok           ok         ok      ok      401',
  'GET /volunteers/{id}':                                 '401     403        403        ok/404       ok/404     ok      ok      401',
  'GET /volunteers/{id}/fin':                             '401     403        403        403          403        ok      ok      401',
  'POST /volunteers/{id}/status':                         '401     403        403        ok/404       403        ok      ok      401',
  'POST /volunteers/{id}/home-center':                    '401     403        403        ok/404       403        403     ok      401',
  'POST /volunteers/{id}/notes':                          '401     403        403        ok/404       ok/404     ok      ok      401',
  // Alumni (issue 14): the career pages are the alumnus's own (volunteer A is not alumni: 409 NOT_ALUMNI, past the guard).
  'GET /me/career':                                       '401     403        ok         403          403        403     403     401',
  'PUT /me/career':                                       '401     403        ok         403          403        403     403     401',
  'GET /me/career/centers':                               '401     403        ok         403          403        403     403     401',
  'GET /me/career/consent':                               '401     403        ok         403          403        403     403     401',
  'POST /me/career/consent':                              '401     403        ok         403          403        403     403     401',
  'POST /me/career/consent/withdraw':                     '401     403        ok         403          403        403     403     401',
  'POST /me/career/cv':                                   '401     403        ok         403          403        403     403     401',
  'GET /me/career/cv':                                    '401     403        ok         403          403        403     403     401',
  'DELETE /me/career/cv':                                 '401     403        ok         403          403        403     403     401',
  'GET /me/career/ratings':                               '401     403        ok         403          403        403     403     401',
  // A coordinator's decision: their own center's volunteer (a fresh one per call), never B's.
  'POST /volunteers/{id}/alumni':                         '401     403        403        ok/404       403        403     ok      401',
  // HR reads only alumni in the talent pool: volunteers A and B are not alumni, so both are not found.
  'GET /alumni/{id}/ratings':                             '401     403        403        403          403        404     404     401',
  'GET /alumni/{id}/cv':                                  '401     403        403        403          403        404     404     401',
  // Rating someone of place B: 400 ratingPlaceOutOfScope, nothing written.
  'POST /volunteer-ratings':                              '401     403        403        ok/400       ok/400     403     ok      401',
  'GET /volunteer-ratings/given':                         '401     403        403        ok           ok         403     ok      401',
  'GET /volunteer-ratings/rateable':                      '401     403        403        ok/404       ok/404     403     ok      401',
  'GET /me/certificates':                                 '401     403        ok         403          403        403     403     401',
  'GET /me/certificates/progress':                        '401     403        ok         403          403        403     403     401',
  'GET /me/certificates/{id}/pdf':                        '401     403        ok/404     403          403        403     403     401',
  'GET /me/certificates/{id}/credential':                 '401     403        ok/404     403          403        403     403     401',
  'GET /public/certificates/{code}':                      'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /public/certificates/{code}/credential':           'ok      ok         ok         ok           ok         ok      ok      ok',
  'GET /qualifications':                                  '401     ok         ok         ok           ok         ok      ok      401',
  'POST /qualifications':                                 '401     403        403        403          403        403     ok      401',
  'GET /qualifications/{id}':                             '401     ok         ok         ok           ok         ok      ok      401',
  'PATCH /qualifications/{id}':                           '401     403        403        403          403        403     ok      401',
  'GET /qualifications/expiring':                         '401     403        403        ok           403        ok      ok      401',
  'GET /volunteers/{id}/qualifications':                  '401     403        403        ok/404       403        ok      ok      401',
  'POST /volunteers/{id}/qualifications':                 '401     403        403        ok/404       403        403     ok      401',
  'POST /volunteers/{id}/qualifications/revoke':          '401     403        403        ok/404       403        403     ok      401',
  'GET /me/qualifications':                               '401     403        ok         403          403        403     403     401',
  'GET /training-sessions':                               '401     403        403        ok           403        403     ok      401',
  'POST /training-sessions':                              '401     403        403        ok/404       403        403     ok      401',
  // Hiring (issue 14): HR and admins agency-wide — place A's and B's vacancies and candidates alike; the alumnus's pages
  // answer 403 NOT_ALUMNI to a volunteer who is not alumni (the matrix's volunteer is active).
  'GET /vacancies':                                       '401     403        403        403          403        ok      ok      401',
  'POST /vacancies':                                      '401     403        403        403          403        ok      ok      401',
  'GET /vacancies/{id}':                                  '401     403        403        403          403        ok      ok      401',
  'PATCH /vacancies/{id}':                                '401     403        403        403          403        ok      ok      401',
  'GET /vacancies/{id}/candidates':                       '401     403        403        403          403        ok      ok      401',
  'POST /vacancies/{id}/candidates':                      '401     403        403        403          403        ok      ok      401',
  'GET /candidates/{id}':                                 '401     403        403        403          403        ok      ok      401',
  'POST /candidates/{id}/move':                           '401     403        403        403          403        ok      ok      401',
  'POST /candidates/{id}/notes':                          '401     403        403        403          403        ok      ok      401',
  'POST /candidates/{id}/interviews':                     '401     403        403        403          403        ok      ok      401',
  'GET /hiring/dashboard':                                '401     403        403        403          403        ok      ok      401',
  'GET /hiring/dashboard/export':                         '401     403        403        403          403        ok      ok      401',
  'GET /me/vacancies':                                    '401     403        403        403          403        403     403     401',
  'POST /me/vacancies/{id}/apply':                        '401     403        403        403          403        403     403     401',
  'GET /me/job-applications':                             '401     403        403        403          403        403     403     401',
  'POST /me/job-applications/{id}/withdraw':              '401     403        403        403          403        403     403     401',
  'GET /dashboard/work-to-do':                            '401     403        403        ok           ok         403     ok      401',
  // Talent pool (issue 14): HR and admins agency-wide; coordinators never see it. Ids here are of nothing (404 past the
  // guard: not an alumnus with a live consent / not the caller's saved search); talent.int-spec.ts tests the real ones.
  'GET /talent-pool':                                     '401     403        403        403          403        ok      ok      401',
  'GET /talent-pool/saved-searches':                      '401     403        403        403          403        ok      ok      401',
  'POST /talent-pool/saved-searches':                     '401     403        403        403          403        ok      ok      401',
  'GET /talent-pool/saved-searches/{id}':                 '401     403        403        403          403        404     404     401',
  'PATCH /talent-pool/saved-searches/{id}':               '401     403        403        403          403        404     404     401',
  'DELETE /talent-pool/saved-searches/{id}':              '401     403        403        403          403        404     404     401',
  'GET /talent-pool/{id}/evidence':                       '401     403        403        403          403        404     404     401',
  'GET /talent-pool/{id}/evidence/pdf':                   '401     403        403        403          403        404     404     401',
  // Accreditation (issue 15, docs/accreditation.md): admins and the event's organisers; guests are the event's personal data, so not HR.
  'GET /events/{id}/accreditation/zones':                 '401     403        403        403          ok/404     403     ok      401',
  'PUT /events/{id}/accreditation/zones':                 '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/accreditation/badges':                '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/accreditation/badges/pdf':            '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/accreditation/badges/reprint':       '401     403        403        403          ok/404     403     ok      401',
  'POST /accreditation/scans':                            '401     403        403        403          ok         403     ok      401',
  // Event guests and delegations (issue 15, docs/event-guests.md): admins and the event's organisers only — personal data, so not HR.
  // A guest's / delegation's id is checked after the event's scope: nobody's id on the own event is a 400 (isUUID), any id on a foreign one 404.
  'GET /events/{id}/delegations':                         '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/delegations':                        '401     403        403        403          ok/404     403     ok      401',
  'PUT /events/{id}/delegations/{delegationId}':          '401     403        403        403          ok/404     403     ok      401',
  'DELETE /events/{id}/delegations/{delegationId}':       '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/guests':                              '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/guests':                             '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/guests/import/preview':              '401     403        403        403          ok/404     403     ok      401',
  'POST /events/{id}/guests/import':                      '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/guests/{guestId}':                    '401     403        403        403          ok/404     403     ok      401',
  'PUT /events/{id}/guests/{guestId}':                    '401     403        403        403          ok/404     403     ok      401',
  'DELETE /events/{id}/guests/{guestId}':                 '401     403        403        403          ok/404     403     ok      401',
  // Debrief and event intake (issue 15, docs/debrief.md): the event's organisers and admins; the feedback form is the volunteer's own
  // (volunteer A served at event A — a shift and hours there; at event B they did not: 404); an event's public intake is 404 until it is open (event A's is not).
  'GET /events/{id}/debrief':                             '401     403        403        403          ok/404     403     ok      401',
  'GET /events/{id}/intake':                              '401     403        403        403          ok/404     403     ok      401',
  'PUT /events/{id}/intake':                              '401     403        403        403          ok/404     403     ok      401',
  'GET /me/event-feedback/{id}':                          '401     403        ok/404     403          403        403     403     401',
  'POST /me/event-feedback/{id}':                         '401     403        ok         403          403        403     403     401',
  'GET /public/event-intakes/{id}':                       '404     404        404        404          404        404     404     404',
};

/** What `{id}` names, by the path (first match wins). */
export const ROUTE_OBJECTS: [RegExp, ObjectKind][] = [
  [/^\/notifications\/deliveries\//, 'delivery'],
  [/^\/vacancies\//, 'vacancy'],
  [/^\/candidates\//, 'candidate'],
  [/^\/me\/sessions\//, 'session'],
  [/^\/users\//, 'user'],
  [/^\/(rostering\/|reports\/)?centers\//, 'center'],
  [/^\/(rostering\/|reports\/)?events\//, 'event'],
  [/^\/positions\//, 'position'],
  [/^\/shifts\//, 'shift'],
  [/^\/(me\/)?assignments\//, 'assignment'],
  [/^\/shift-templates\//, 'shiftTemplate'],
  [/^\/swaps\//, 'swap'],
  [/^\/roster-runs\//, 'rosterRun'],
  [/^\/(public\/)?intakes\//, 'intake'],
  [/^\/(me\/event-feedback|public\/event-intakes)\//, 'event'],
  [/^\/interview-slots\//, 'interviewSlot'],
  [/^\/applications\//, 'application'],
  [/^\/hour-entries\//, 'hourEntry'],
  [/^\/kiosks\//, 'kiosk'],
  [/^\/volunteers\//, 'volunteer'],
  [/^\/alumni\//, 'volunteer'],
  [/^\/certificate-types\//, 'certificateType'],
  [/^\/certificate-batches\//, 'certificateBatch'],
  [/^\/(me\/)?certificates\//, 'certificate'],
  [/^\/messages\//, 'message'],
  [/^\/qualifications\//, 'qualification'],
];

/** Kinds an event owns too: an organizer's own object of these kinds is event A's. */
export const EVENT_TWINS: ObjectKind[] = ['position', 'shift', 'assignment', 'swap', 'hourEntry', 'kiosk', 'rosterRun', 'message', 'delivery', 'certificate', 'certificateBatch'];

/** Routes that delete, revoke or cancel what they are given: each call gets a fresh object of this kind. */
export const DESTRUCTIVE: Record<string, ObjectKind> = {
  'DELETE /users/{id}': 'user',
  'DELETE /me/sessions/{id}': 'session',
  'DELETE /centers/{id}': 'center',
  'DELETE /events/{id}': 'event',
  'DELETE /intakes/{id}': 'intake',
  // Answered 500 for everyone allowed until the matrix found it (TypeORM 1 refuses a bare null in a where).
  'DELETE /interview-slots/{id}': 'interviewSlot',
  'DELETE /shift-templates/{id}': 'shiftTemplate',
  'POST /kiosks/{id}/revoke': 'kiosk',
  'POST /shifts/{id}/cancel': 'shift',
  'POST /assignments/{id}/unassign': 'assignment',
  'POST /me/assignments/{id}/cancel': 'assignment',
  'POST /me/assignments/{id}/swap': 'assignment',
  'POST /swaps/{id}/take': 'swap',
  'POST /swaps/{id}/withdraw': 'swap',
  'POST /swaps/{id}/decide': 'swap',
  'POST /roster-runs/{id}/cancel': 'rosterRun',
  'POST /roster-runs/{id}/apply': 'rosterRun',
  'POST /certificates/{id}/revoke': 'certificate',
  'POST /certificates/{id}/reissue': 'certificate',
  // Makes the person alumni: a fresh volunteer per call, so volunteer A stays active for every other route.
  'POST /volunteers/{id}/alumni': 'volunteer',
};

export interface BodyContext {
  /** The place of the object under test: A for own, B for foreign. */
  place: Place;
  /** Place A (the caller's). */
  own: Place;
  /** Place B. */
  foreign: Place;
  role: MatrixRole;
}

const place = (c: BodyContext): Record<string, string> => (c.role === 'organizer' ? { eventId: c.place.eventId } : { centerId: c.place.centerId });
const objects = (c: BodyContext) => (c.role === 'organizer' ? c.place.event : c.place.center);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const at = (offsetDays: number, hourUtc: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  d.setUTCHours(hourUtc, 0, 0, 0);
  return d.toISOString();
};
/** The Monday of the week 14 days from now (the week view takes a Monday). */
const monday = () => {
  const d = new Date(Date.now() + 14 * 86_400_000);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

/**
 * Bodies that get past validation, so that the scope check behind it is what answers; every other write gets `{}`
 * (a 400 there means "passed the guard"). A route listed here or in ROUTE_QUERIES is called twice (own place /
 * foreign place) even without an {id}.
 */
export const ROUTE_BODIES: Record<string, (c: BodyContext) => object> = {
  // Defect 2: the home center must be one the applicant chose and the coordinator coordinates — center B is neither.
  'POST /applications/{id}/home-center': (c) => ({ homeCenterId: c.foreign.centerId }),
  'POST /applications/{id}/transitions': () => ({ to: 'screening' }),
  'PUT /applications/{id}/scores': () => ({ scores: {} }),
  'POST /applications/{id}/checklist': () => ({ item: 'documents', done: true }),
  'POST /applications/{id}/person': (c) => ({ volunteerId: c.place.volunteer.volunteer.id }),
  'POST /applications/bulk-transitions': (c) => ({ to: 'screening', ids: [c.place.center.application] }),
  'POST /intakes/{id}/interview-slots': (c) => ({ centerId: c.place.centerId, startsAt: at(6, 6), endsAt: at(6, 7), location: 'Otaq 2' }),
  'POST /kiosks': (c) => ({ ...place(c), name: 'Planşet' }),
  // A position of nobody: past the scope check (404 on a foreign event), then 400 positionOwner on the own one.
  'POST /rostering/events/{id}/blocks': () => ({ dates: [day(3)], blocks: [{ positionId: '00000000-0000-4000-8000-000000000000', startTime: '09:00', endTime: '10:00', slots: 1 }] }),
  'POST /rostering/events/{id}/copy-day': () => ({ from: day(3), to: [day(4)] }),
  'PUT /rostering/events/{id}/staffing-area': () => ({ regions: [], centerIds: [] }),
  // A valid body, so a foreign event's intake is the scope's 404 and not the form's 400 (docs/debrief.md).
  'PUT /events/{id}/intake': () => ({ status: 'closed' }),
  'POST /events/{id}/desk/incidents': () => ({ kind: 'other', reportedBy: 'Matris yoxlaması' }),
  // An event's zones as they are (none in the matrix world); a live badge of nobody: 400 badgeUnknown on the own event, 404 on a foreign one.
  'PUT /events/{id}/accreditation/zones': () => ({ zones: [] }),
  'POST /events/{id}/accreditation/badges/reprint': () => ({ badgeId: '00000000-0000-4000-8000-000000000000' }),
  'POST /positions': (c) => ({ ...place(c), code: `m-${Math.random().toString(36).slice(2, 10)}`, name: { az: 'Qarşılama', en: 'Greeter', ru: 'Встреча' } }),
  'POST /shifts': (c) => ({ ...place(c), positionId: objects(c).position, startsAt: at(10, 6), endsAt: at(10, 10), slots: 2, status: 'draft' }),
  'POST /shifts/{id}/cancel': () => ({ reason: 'Matris yoxlaması' }),
  'POST /shifts/{id}/assignments': (c) => ({ volunteerId: c.place.volunteer.volunteer.id }),
  'POST /shift-templates/{id}/generate': () => ({ from: day(40), to: day(41) }),
  'PUT /shift-policies': (c) => ({ ...place(c), swapNeedsApproval: false }),
  'POST /swaps/{id}/decide': () => ({ approve: false }),
  'POST /roster-runs': (c) => ({ ...place(c), from: day(20), to: day(21), timeLimitSeconds: 5 }),
  // A run id of nothing passes validation, so the event's scope answers: 404 on a foreign event, 400 liaisonRunUnknown on the own one.
  'POST /events/{id}/liaisons/apply': () => ({ runId: '00000000-0000-4000-8000-000000000000' }),
  // Someone else's volunteer at someone else's place: 400 naming both fields (hoursPlaceOutOfScope), nothing written.
  'POST /hour-entries': (c) => ({ volunteerId: c.place.volunteer.volunteer.id, ...place(c), category: 'training', workDate: day(-5), minutes: 60, note: 'Matris' }),
  'POST /hour-entries/decide': (c) => ({ ids: [objects(c).hourEntry], decision: 'approved' }),
  'POST /hour-entries/{id}/correct': () => ({ minutes: 90, reason: 'Matris yoxlaması' }),
  'POST /assignments/{id}/no-show-correction': () => ({ reason: 'Matris yoxlaması' }),
  'POST /volunteers/{id}/no-show-block/clear': () => ({ reason: 'Matris yoxlaması' }),
  // active → active: past the guard and the scope, then 409 SAME_STATUS — the matrix changes nobody's status.
  'POST /volunteers/{id}/status': () => ({ to: 'active' }),
  // The person's own center again (no move): past the scope check on the own side, 404 on the foreign one.
  'POST /volunteers/{id}/home-center': (c) => ({ homeCenterId: c.place.centerId }),
  'POST /volunteers/{id}/notes': () => ({ body: 'Matris yoxlaması' }),
  'POST /messages/preview': (c) => ({ segment: c.role === 'organizer' ? { kind: 'event', id: c.place.eventId } : { kind: 'center', id: c.place.centerId } }),
  // Someone else's volunteer: out of scope (the type is place A's certificate's, so only the holder differs).
  'POST /certificates': (c) => ({ typeId: c.own.center.certificateType, volunteerId: c.place.volunteer.volunteer.id }),
  'POST /certificates/{id}/revoke': () => ({ reason: 'Matris yoxlaması' }),
  // Someone else's volunteer (home center B): not found for A's coordinator, nothing granted.
  'POST /volunteers/{id}/qualifications': () => ({ qualificationId: '0a1f0000-0000-4000-8000-000000000001', grantedOn: day(-1) }),
  'POST /volunteers/{id}/qualifications/revoke': () => ({ qualificationId: '0a1f0000-0000-4000-8000-000000000003' }),
  'POST /training-sessions': (c) => ({ qualificationId: '0a1f0000-0000-4000-8000-000000000001', heldOn: day(-1), trainer: 'Matris', attendeeIds: [c.place.volunteer.volunteer.id] }),
  'POST /certificates/{id}/reissue': () => ({ holderName: 'Aysel Məmmədova', reason: 'Matris yoxlaması' }),
  'POST /volunteers/{id}/alumni': () => ({ reason: 'Matris yoxlaması' }),
  'POST /volunteer-ratings': (c) => ({
    volunteerId: c.place.volunteer.volunteer.id, ...(c.role === 'organizer' ? { eventId: c.place.eventId } : { centerId: c.place.centerId, periodFrom: day(-30), periodTo: day(-1) }),
    punctuality: 5, communication: 4, serviceToCitizens: 5, teamwork: 4, comment: 'Matris',
  }),
  'POST /messages': (c) => ({ segment: c.role === 'organizer' ? { kind: 'event', id: c.place.eventId } : { kind: 'center', id: c.place.centerId }, subject: 'Matris', body: 'Yoxlama' }),
  // A delegation / guest that passes validation, so the event's scope answers (404 on a foreign event); on the own event
  // the item routes' id is nobody's (400 isUUID) and a second create of the same guest is 400 guestKeyTaken.
  'POST /events/{id}/delegations': () => ({ name: `Matris ${Math.random().toString(36).slice(2, 8)}`, country: 'FR', languages: ['fr'] }),
  'PUT /events/{id}/delegations/{delegationId}': () => ({ name: 'Matris', country: 'FR', languages: ['fr'] }),
  'POST /events/{id}/guests': () => ({ fullName: 'Matris Qonaq', country: 'FR' }),
  'PUT /events/{id}/guests/{guestId}': () => ({ fullName: 'Matris Qonaq', country: 'FR' }),
};

/** Query strings for routes whose place or date is in the query (a missing one is a 400 before any scope check). */
export const ROUTE_QUERIES: Record<string, (c: BodyContext) => Record<string, string>> = {
  'GET /rostering/centers/{id}/week': () => ({ start: monday() }),
  'GET /rostering/centers/{id}/day-sheet': () => ({ date: day(3) }),
  'GET /attendance/now': place,
  'GET /attendance/blocked': place,
  'GET /shift-policies': place,
  'GET /kiosks': place,
  'GET /roster-runs': place,
  'GET /positions': place,
  'GET /events/{id}/desk/standby': (c) => ({ shiftId: c.place.event.shift }),
  'GET /certificates/export': () => ({ format: 'csv' }),
  'GET /volunteer-ratings/rateable': place,
};

const CELL = /^(ok|\d{3})(\/(ok|\d{3}))?$/;

/** The row's cells in column order; a malformed row fails loudly. */
export function parseRow(row: string): string[] {
  const cells = row.trim().split(/\s+/);
  if (cells.length !== COLUMNS.length || !cells.every((c) => CELL.test(c))) throw new Error(`malformed matrix row "${row}": ${COLUMNS.length} cells of ok | NNN | a/b`);
  return cells;
}

/** Whether an observed status satisfies one side of a cell. */
export function cellAccepts(cell: string, status: number): boolean {
  if (status >= 500) return false;
  if (cell === 'ok') return ![401, 403, 404].includes(status);
  return Number(cell) === status;
}
