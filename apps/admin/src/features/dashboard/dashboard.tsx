import { useEffect, useState } from 'react';
import { Card, CardContent, Grid, Typography, Box } from '@mui/material';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api } from '../../providers/http';

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

/** Real counts within the caller's scope; people counts per role as a chart for admins and HR. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    api<Summary>('/dashboard').then(setSummary).catch(() => setSummary(null));
  }, []);
  const roles = Object.entries(summary?.usersByRole ?? {}).map(([role, count]) => ({ role: translate(`app.roles.${role}`), count }));
  return (
    <Box p={2}>
      <Title title={translate('dashboard.title')} />
      <Typography variant="h5" gutterBottom>{translate('dashboard.greeting', { name: identity?.fullName ?? '' })}</Typography>
      {summary && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 4 }}>
            <Stat label={translate('dashboard.centers')} value={summary.centers} hint={translate('dashboard.activeCenters', { count: summary.activeCenters })} />
          </Grid>
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
