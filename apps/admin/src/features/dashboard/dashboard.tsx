import { useEffect, useState } from 'react';
import { Card, CardContent, Grid, Typography, Box } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { hasRole } from '../../providers/auth-provider';
import { api, type Me } from '../../providers/http';
import { Greeting, STAFF_ROLES } from './greeting';
import { WorkToDo } from './work-to-do';
import { ApplicantHomePage } from '../applicant-home/applicant-home-page';
import { HiringDashboardPage } from '../hiring/hiring-dashboard-page';

export { Greeting, STAFF_ROLES };

interface Summary {
  centers: number;
  activeCenters: number;
  events: number;
  upcomingEvents: number;
  users: number | null;
  usersByRole: Record<string, number> | null;
}

function Stat({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <Card>
      <CardContent>
        <Typography color="text.secondary" gutterBottom>{label}</Typography>
        <Typography variant="h3" component="p" data-testid={`stat-${label}`}>{value}</Typography>
        {hint && <Typography variant="body2" color="text.secondary">{hint}</Typography>}
      </CardContent>
    </Card>
  );
}


/**
 * The home page after login. Staff get the dashboard; a volunteer goes to "My shifts" and an applicant to
 * their application, and neither calls GET /dashboard (it answers 403 to them).
 */
export function Dashboard() {
  const { permissions, isPending } = usePermissions<Me>();
  if (isPending) return null;
  // HR's first page is the hiring pipeline (issue 14); an HR member who is also admin keeps the admin's.
  if (hasRole(permissions, 'hr') && !hasRole(permissions, 'admin')) return <Box><Box px={2} pt={2}><Greeting /></Box><HiringDashboardPage /></Box>;
  if (hasRole(permissions, ...STAFF_ROLES)) return <StaffDashboard />;
  if (hasRole(permissions, 'volunteer')) return <Navigate to="/my-shifts" replace state={{ welcome: true }} />;
  // An applicant's home: their applications, stage, interview and next step (applicant-home feature).
  return <ApplicantHomePage />;
}

/** Real counts within the caller's scope; people counts per role as a chart for admins and HR. */
function StaffDashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Me>();
  // An organiser's scope holds events only: a "0 centers" tile would say nothing.
  const seesCenters = hasRole(permissions, 'admin', 'hr', 'coordinator');
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    api<Summary>('/dashboard').then(setSummary).catch(() => setSummary(null));
  }, []);
  const roles = Object.entries(summary?.usersByRole ?? {}).map(([role, count]) => ({ role: translate(`app.roles.${role}`), count }));
  return (
    <Box p={2}>
      <Title title={translate('dashboard.title')} />
      <Typography variant="h5" gutterBottom>{translate('dashboard.greeting', { name: identity?.fullName ?? '' })}</Typography>
      {/* HR's home is the hiring pipeline; the others start from what waits for them. */}
      {hasRole(permissions, 'admin', 'coordinator', 'organizer') && <Box mb={2}><WorkToDo /></Box>}
      {summary && (
        <Grid container spacing={2}>
          {seesCenters && (
            <Grid size={{ xs: 12, sm: 4 }}>
              <Stat label={translate('dashboard.centers')} value={summary.centers} hint={translate('dashboard.activeCenters', { count: summary.activeCenters })} />
            </Grid>
          )}
          <Grid size={{ xs: 12, sm: 4 }}>
            <Stat label={translate('dashboard.events')} value={summary.events} hint={translate('dashboard.upcomingEvents', { count: summary.upcomingEvents })} />
          </Grid>
          {summary.users !== null && (
            <Grid size={{ xs: 12, sm: 4 }}>
              <Stat label={translate('dashboard.users')} value={summary.users} />
            </Grid>
          )}
          {roles.length > 0 && (
            <Grid size={12}>
              <Card>
                <CardContent>
                  <Typography color="text.secondary" gutterBottom>{translate('dashboard.usersByRole')}</Typography>
                  <Box height={260}>
                    <ResponsiveContainer>
                      <BarChart data={roles}>
                        <CartesianGrid strokeDasharray="3 3" />
                        <XAxis dataKey="role" />
                        <YAxis allowDecimals={false} />
                        <Tooltip />
                        <Bar dataKey="count" fill="#1b5e9b" name={translate('dashboard.users')} />
                      </BarChart>
                    </ResponsiveContainer>
                  </Box>
                </CardContent>
              </Card>
            </Grid>
          )}
        </Grid>
      )}
    </Box>
  );
}
