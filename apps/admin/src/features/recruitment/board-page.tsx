import { Box, Card, CardContent, MenuItem, Paper, TextField, Typography, Button } from '@mui/material';
import { useCallback, useEffect, useState, type DragEvent } from 'react';
import { Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { BOARD_COLUMNS, staffApi, type Locale, type Name, type Status, type Summary } from './recruitment-api';

const PER_COLUMN = 50;

/**
 * The kanban: one column per stage, best scores first. Drag a card to another column, or pick the stage
 * from the card's menu (keyboard and touch users); the API's state machine decides, its refusal is shown.
 */
export function BoardPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const l = locale as Locale;
  const [intakes, setIntakes] = useState<{ id: string; name: Name }[]>([]);
  const [intakeId, setIntakeId] = useState('');
  const [columns, setColumns] = useState<Record<string, { data: Summary[]; total: number }>>({});
  const [dragging, setDragging] = useState<string | null>(null);

  useEffect(() => {
    void staffApi.intakes().then((r) => {
      setIntakes(r.data);
      if (r.data[0]) setIntakeId((current) => current || r.data[0].id);
    });
  }, []);
  const load = useCallback(async () => {
    const entries = await Promise.all(BOARD_COLUMNS.map(async (status) => [status, await staffApi.list({ status, intakeId: intakeId || undefined, perPage: PER_COLUMN, sort: 'score', order: 'DESC' })] as const));
    setColumns(Object.fromEntries(entries));
  }, [intakeId]);
  useEffect(() => {
    void load();
  }, [load]);

  const move = async (id: string, to: Status) => {
    try {
      await staffApi.move(id, to);
      notify(translate('recruitment.detail.moveDone', { status: translate(`recruitment.statuses.${to}`) }), { type: 'success' });
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
    await load();
  };
  const onDrop = (to: Status) => (e: DragEvent) => {
    e.preventDefault();
    const id = e.dataTransfer.getData('text/plain');
    setDragging(null);
    if (id) void move(id, to);
  };

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title={translate('recruitment.board.title')} />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <TextField select size="small" label={translate('recruitment.board.intake')} value={intakeId} onChange={(e) => setIntakeId(e.target.value)} sx={{ minWidth: 260 }}>
          <MenuItem value="">{translate('recruitment.board.all')}</MenuItem>
          {intakes.map((i) => <MenuItem key={i.id} value={i.id}>{i.name[l]}</MenuItem>)}
        </TextField>
        <Typography variant="body2" color="text.secondary">{translate('recruitment.board.dragHint')}</Typography>
      </Box>
      {/* width 0 + minWidth 100%: the columns scroll inside the page instead of widening the whole layout past the screen. */}
      <Box sx={{ display: 'flex', gap: 1.5, overflowX: 'auto', pb: 2, width: 0, minWidth: '100%' }} data-testid="board-columns">
        {BOARD_COLUMNS.map((status) => {
          const col = columns[status];
          return (
            <Paper key={status} variant="outlined" onDragOver={(e) => e.preventDefault()} onDrop={onDrop(status)} data-testid={`column-${status}`}
              sx={{ minWidth: 230, width: 230, flexShrink: 0, p: 1, bgcolor: dragging ? '#eef3fa' : '#fafbfc', minHeight: 300 }}>
              <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate(`recruitment.statuses.${status}`)} ({col?.total ?? 0})</Typography>
              {col?.data.length === 0 && <Typography variant="caption" color="text.secondary">{translate('recruitment.board.empty')}</Typography>}
              {col?.data.map((a) => (
                <Card key={a.id} draggable onDragStart={(e) => { e.dataTransfer.setData('text/plain', a.id); setDragging(a.id); }} onDragEnd={() => setDragging(null)}
                  sx={{ mb: 1, cursor: 'grab' }} data-testid="board-card">
                  <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>{a.fullName}</Typography>
                    <Typography variant="caption" display="block">#{a.number} · {a.age} · {a.languages.map((x) => `${x.language} ${x.level}`).join(', ')}</Typography>
                    {a.score !== null && <Typography variant="caption" display="block">★ {a.score}</Typography>}
                    <Box sx={{ display: 'flex', gap: 0.5, mt: 0.5 }}>
                      <TextField select size="small" value="" label="→" sx={{ flex: 1 }} onChange={(e) => void move(a.id, e.target.value as Status)} slotProps={{ htmlInput: { 'aria-label': translate('recruitment.applications.moveTo') } }}>
                        {BOARD_COLUMNS.filter((s) => s !== status).map((s) => <MenuItem key={s} value={s}>{translate(`recruitment.statuses.${s}`)}</MenuItem>)}
                      </TextField>
                      <Button size="small" component={Link} to={`/applications/${a.id}/show`}>{translate('recruitment.board.open')}</Button>
                    </Box>
                  </CardContent>
                </Card>
              ))}
              {col && col.total > col.data.length && <Typography variant="caption">{translate('recruitment.board.more', { n: col.total - col.data.length })}</Typography>}
            </Paper>
          );
        })}
      </Box>
    </Box>
  );
}
