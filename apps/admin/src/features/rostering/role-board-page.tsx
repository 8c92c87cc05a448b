import { useCallback, useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Chip, List, ListItem, ListItemButton, ListItemText, MenuItem, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import WorkOutlineIcon from '@mui/icons-material/WorkOutline';
import { day, hm, isOver, rosterSetupApi, type BoardCell, type EventSummary, type RoleBoard } from './rostering-api';
import { dmy, FILL_COLOURS, fillOf, type Lang } from './rostering-screens';
import { ShiftPeopleDialog } from './shift-people-dialog';
import { AutoFillButton, type ProposalCounts } from './auto-fill';

const todayInBaku = (): string => new Date(Date.now() + 4 * 3600_000).toISOString().slice(0, 10);

/**
 * The organiser's role board of an event: positions × time blocks with filled/needed counts coloured
 * like the week view; a cell opens its shift's people and the candidates ranked by fit, filtered by a
 * spoken language; the gap check lists every block still short before the event day.
 */
export function RoleBoardPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const l = locale as Lang;
  const [params, setParams] = useSearchParams();
  const [events, setEvents] = useState<EventSummary[]>([]);
  const eventId = params.get('event') ?? events[0]?.id ?? '';
  const [loaded, setLoaded] = useState<RoleBoard | null>(null);
  // Never show one event's board under another's name while the new one loads.
  const board = loaded && loaded.eventId === eventId ? loaded : null;
  const [open, setOpen] = useState<BoardCell | null>(null);
  const gapsRef = useRef<HTMLDivElement>(null);
  // While an auto-fill preview is open: how many people it would add to each shift.
  const [proposed, setProposed] = useState<ProposalCounts>({});
  useEffect(() => {
    void rosterSetupApi.events().then((r) => setEvents([...r.data].sort((a, b) => b.startsAt.localeCompare(a.startsAt))));
  }, []);
  const reload = useCallback(async () => {
    if (eventId) setLoaded(await rosterSetupApi.roleBoard(eventId));
  }, [eventId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  const event = events.find((e) => e.id === eventId);
  const positionName = (id: string) => board?.positions.find((p) => p.id === id)?.name[l] ?? '';
  const blockText = (i: number) => {
    const b = board?.blocks[i];
    return b ? `${dmy(day(b.startsAt))} ${hm(b.startsAt)}–${hm(b.endsAt)}` : '';
  };
  // Every active position is a row, also before it has blocks: a new position shows on the board at once.
  const rows = board ? board.positions.filter((p) => p.active || board.cells.some((c) => c.positionId === p.id)) : [];
  // A finished event: nothing left to fill, so no auto-fill and the gaps are history, not a to-do list.
  const over = !!board && board.blocks.length > 0 && isOver(board.blocks[board.blocks.length - 1]);
  const firstLanguage = (cell: BoardCell) => board?.positions.find((p) => p.id === cell.positionId)?.requirements.languages?.[0]?.language;
  return (
    <Box sx={{ p: 1 }}>
      <Title title="rostering.roleBoard.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={translate('rostering.roleBoard.event')} value={eventId} onChange={(e) => setParams({ event: e.target.value })}
          sx={{ minWidth: 320, maxWidth: '100%' }} slotProps={{ htmlInput: { 'data-testid': 'role-board-event' } }}>
          {events.map((e) => <MenuItem key={e.id} value={e.id}>{e.name[l]} · {dmy(day(e.startsAt))}</MenuItem>)}
        </TextField>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="role-board-toolbar">
          <Button startIcon={<RefreshIcon />} onClick={() => void reload()}>{translate('rostering.roleBoard.refresh')}</Button>
          {eventId && <Button component={RouterLink} to={`/rostering/event-setup?event=${eventId}`} startIcon={<WorkOutlineIcon />} data-testid="event-setup-link">{translate('rostering.eventSetup.open')}</Button>}
          <Button startIcon={<FactCheckIcon />} data-testid="check-gaps"
            onClick={() => void reload().then(() => gapsRef.current?.scrollIntoView({ behavior: 'smooth' }))}>
            {translate('rostering.roleBoard.checkGaps')}
          </Button>
          {over && <Chip size="small" label={translate('rostering.roleBoard.over')} data-testid="event-over" />}
          {eventId && board && board.blocks.length > 0 && !over && (
            <AutoFillButton eventId={eventId} onPreview={setProposed} onApplied={() => void reload()}
              defaultFrom={[day(board.blocks[0].startsAt), todayInBaku()].sort()[1]} defaultTo={day(board.blocks[board.blocks.length - 1].startsAt)} />
          )}
        </Stack>
      </Stack>
      {event && board && (
        <Stack direction="row" spacing={2} sx={{ mb: 1, flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="h6" component="h2">{event.name[l]}</Typography>
          <Typography variant="body2" data-testid="role-board-total">{translate('rostering.roleBoard.total', { filled: board.filled, needed: board.needed })}</Typography>
          {(['full', 'partial', 'empty'] as const).map((k) => (
            <Typography key={k} variant="caption" sx={{ background: FILL_COLOURS[k], px: 1, borderRadius: 1 }}>{translate(`rostering.week.${k}`)}</Typography>
          ))}
        </Stack>
      )}
      {board && board.cells.length === 0 && (
        <Alert severity="info" action={eventId ? <Button component={RouterLink} to={`/rostering/event-setup?event=${eventId}&tab=blocks`} data-testid="board-add-blocks">{translate('rostering.blocks.tab')}</Button> : undefined}>
          {translate('rostering.roleBoard.noShifts')}
        </Alert>
      )}
      {board && (board.cells.length > 0 || rows.length > 0) && (
        <Paper variant="outlined" sx={{ overflowX: 'auto', mb: 2 }}>
          <Table size="small" data-testid="role-board" data-event-id={board.eventId}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('rostering.templates.position')}</TableCell>
                {board.blocks.map((b, i) => (
                  <TableCell key={i} align="center">
                    <div>{dmy(day(b.startsAt))}</div>
                    <div>{hm(b.startsAt)}–{hm(b.endsAt)}</div>
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id} data-testid="board-row" data-position={p.code}>
                  <TableCell component="th" scope="row">{p.name[l]}</TableCell>
                  {board.blocks.map((_, i) => {
                    const cell = board.cells.find((c) => c.positionId === p.id && c.blockIndex === i);
                    if (!cell) return <TableCell key={i} />;
                    const fill = fillOf(cell.filled, cell.needed);
                    const plus = cell.shiftIds.reduce((n, id) => n + (proposed[id] ?? 0), 0);
                    return (
                      <TableCell key={i} align="center" onClick={() => setOpen(cell)} data-testid="board-cell" data-fill={fill} data-position={p.code} data-proposed={plus}
                        sx={{ background: FILL_COLOURS[fill], cursor: 'pointer', fontWeight: 600, border: '2px solid #fff', outline: plus ? '3px solid #1976d2' : undefined }}>
                        <span data-testid="board-count">{cell.filled}/{cell.needed}</span>
                        {plus > 0 && <div style={{ color: '#0d47a1' }}>{translate('autoRoster.proposed', { n: plus })}</div>}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Paper>
      )}
      {board && board.cells.length > 0 && (
        <Paper variant="outlined" sx={{ p: 1 }} ref={gapsRef} data-testid="role-board-gaps">
          <Typography variant="subtitle1" component="h3">{translate(over ? 'rostering.roleBoard.gapsTitleOver' : 'rostering.roleBoard.gapsTitle')}</Typography>
          {board.gaps.length === 0 ? (
            <Alert severity="success">{translate('rostering.roleBoard.noGaps')}</Alert>
          ) : (
            <>
              <Typography variant="body2">{translate('rostering.roleBoard.gapsSummary', { blocks: board.gaps.length, missing: board.gaps.reduce((n, g) => n + g.missing, 0) })}</Typography>
              <List dense>
                {board.gaps.map((g) => (
                  // Each button in its own <li> (a <ul> holds list items only).
                  <ListItem key={`${g.positionId}|${g.blockIndex}`} disablePadding>
                    <ListItemButton onClick={() => setOpen(g)} data-testid="gap">
                      <ListItemText primary={`${positionName(g.positionId)} · ${blockText(g.blockIndex)}`}
                        secondary={translate('rostering.roleBoard.gapLine', { missing: g.missing, filled: g.filled, needed: g.needed })} />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </>
          )}
        </Paper>
      )}
      {open && <ShiftPeopleDialog shiftIds={open.shiftIds} initialLanguage={firstLanguage(open)} onChanged={() => void reload()} onClose={() => { setOpen(null); void reload(); }} />}
    </Box>
  );
}
