import { useEffect, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { Box, Button, MenuItem, Stack, Tab, Tabs, TextField } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import GridViewIcon from '@mui/icons-material/GridView';
import BadgeIcon from '@mui/icons-material/Badge';
import GroupsIcon from '@mui/icons-material/Groups';
import { day, rosterSetupApi, type EventSummary } from './rostering-api';
import { dmy, type Lang } from './rostering-screens';
import { PolicyTab, PositionsTab } from './templates-page';
import { BlocksTab, StaffingAreaTab } from './event-blocks-tab';

type TabKey = 'positions' | 'blocks' | 'area' | 'policy';
const TABS: readonly TabKey[] = ['positions', 'blocks', 'area', 'policy'];

/**
 * The organiser's set-up of an event: its positions (with language requirements), its time blocks (days ×
 * positions × places × slots, copy a day), where its volunteers come from, and its rostering policy.
 */
export function EventSetupPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[]>([]);
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  const tab: TabKey = TABS.find((t) => t === params.get('tab')) ?? 'positions';
  const event = events.find((e) => e.id === eventId);
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
        {eventId && <Button component={RouterLink} to={`/event-guests?event=${eventId}`} startIcon={<GroupsIcon />} data-testid="event-guests-link">{translate('eventGuests.open')}</Button>}
        {eventId && <Button component={RouterLink} to={`/events/${eventId}/intake`} startIcon={<HowToRegIcon />} data-testid="event-intake-link">{translate('debrief.intakeLink')}</Button>}
        {eventId && <Button component={RouterLink} to={`/events/${eventId}/debrief`} startIcon={<InsightsIcon />} data-testid="debrief-link">{translate('debrief.link')}</Button>}
        {eventId && <Button component={RouterLink} to={`/accreditation?event=${eventId}`} startIcon={<BadgeIcon />} data-testid="accreditation-link">{translate('accreditation.menu')}</Button>}
        {eventId && (
          <Button component={RouterLink} to={`/rostering/role-board?event=${eventId}`} startIcon={<GridViewIcon />}>{translate('rostering.menu.roleBoard')}</Button>
        )}
        {eventId && <Button component={RouterLink} to={`/event-desk?event=${eventId}`} data-testid="event-desk-link">{translate('eventDesk.open')}</Button>}
        {eventId && <Button component={RouterLink} to={`/event-operations/liaisons?event=${eventId}`} data-testid="event-liaisons-link">{translate('liaisons.menu')}</Button>}
      </Stack>
      <Tabs value={tab} onChange={(_, v: TabKey) => setParams({ event: eventId, tab: v })} sx={{ mb: 1 }}>
        <Tab value="positions" label={translate('rostering.positions.tab')} data-testid="event-setup-positions" />
        <Tab value="blocks" label={translate('rostering.blocks.tab')} data-testid="event-setup-blocks" />
        <Tab value="area" label={translate('rostering.area.tab')} data-testid="event-setup-area" />
        <Tab value="policy" label={translate('rostering.policy.tab')} data-testid="event-setup-policy" />
      </Tabs>
      {eventId && tab === 'positions' && <PositionsTab key={eventId} owner={{ eventId }} emptyKey="rostering.eventSetup.empty" />}
      {event && tab === 'blocks' && <BlocksTab key={eventId} eventId={eventId} eventDay={day(event.startsAt)} />}
      {eventId && tab === 'area' && <StaffingAreaTab key={eventId} eventId={eventId} />}
      {eventId && tab === 'policy' && <PolicyTab key={eventId} owner={{ eventId }} hintKey="rostering.eventSetup.policyHint" />}
    </Box>
  );
}
