import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import GridViewIcon from '@mui/icons-material/GridView';
import { day, rosterSetupApi, type EventSummary } from './rostering-api';
import { dmy, type Lang } from './rostering-screens';
import { PolicyTab, PositionsTab } from './templates-page';

type TabKey = 'positions' | 'policy';

/** The organiser's set-up of an event: its positions (with language requirements) and its rostering policy. */
export function EventSetupPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[]>([]);
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  const tab: TabKey = params.get('tab') === 'policy' ? 'policy' : 'positions';
  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.eventSetup.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={translate('rostering.roleBoard.event')} value={events.length ? eventId : ''} onChange={(e) => setParams({ event: e.target.value, tab })}
          sx={{ minWidth: 320, maxWidth: '100%' }} slotProps={{ htmlInput: { 'data-testid': 'event-setup-event' } }}>
          {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]} · {dmy(day(e.startsAt))}</MenuItem>)}
        </TextField>
        {eventId && (
          <Button component={RouterLink} to={`/rostering/role-board?event=${eventId}`} startIcon={<GridViewIcon />}>{translate('rostering.menu.roleBoard')}</Button>
        )}
      </Stack>
      <Tabs value={tab} onChange={(_, v: TabKey) => setParams({ event: eventId, tab: v })} sx={{ mb: 1 }}>
        <Tab value="positions" label={translate('rostering.positions.tab')} data-testid="event-setup-positions" />
        <Tab value="policy" label={translate('rostering.policy.tab')} data-testid="event-setup-policy" />
      </Tabs>
      {eventId && tab === 'positions' && <PositionsTab key={eventId} owner={{ eventId }} emptyKey="rostering.eventSetup.empty" />}
      {eventId && tab === 'policy' && <PolicyTab key={eventId} owner={{ eventId }} hintKey="rostering.eventSetup.policyHint" />}
    </Box>
  );
}
