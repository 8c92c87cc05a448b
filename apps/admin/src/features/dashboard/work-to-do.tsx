import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Button, Card, CardContent, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { api } from '../../providers/http';

export interface WorkItem {
  kind: 'centerGaps' | 'eventGaps' | 'swapApprovals' | 'hoursToApprove' | 'newApplications' | 'expiringQualifications';
  count: number;
  shifts?: number;
  link: string;
}

/**
 * "Work to do" (GET /dashboard/work-to-do): each pending kind with its count and a button to the screen that
 * resolves it. Coordinators, organisers and admins; the API decides what each one sees.
 */
export function WorkToDo() {
  const translate = useTranslate();
  const [items, setItems] = useState<WorkItem[] | null>(null);
  useEffect(() => {
    api<{ items: WorkItem[] }>('/dashboard/work-to-do').then((r) => setItems(r.items), () => setItems(null));
  }, []);
  if (!items) return null;
  const pending = items.filter((i) => i.count > 0);
  return (
    <Card data-testid="work-to-do">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>{translate('workToDo.title')}</Typography>
        {pending.length === 0 && <Typography color="text.secondary" data-testid="work-to-do-empty">{translate('workToDo.allDone')}</Typography>}
        <List dense disablePadding>
          {items.map((i) => (
            <ListItem key={i.kind} disableGutters data-testid={`work-${i.kind}`} data-count={i.count}
              secondaryAction={<Button component={RouterLink} to={i.link} size="small" variant={i.count ? 'contained' : 'text'} disabled={!i.count}>{translate('workToDo.open')}</Button>}>
              {/* A fixed-width pill, so the texts line up whether the count is 0 or 3 digits. */}
              <Box component="span" sx={{ minWidth: 36, mr: 2, px: 1, py: 0.25, borderRadius: 3, textAlign: 'center', fontWeight: 600, fontSize: 13,
                bgcolor: i.count ? 'warning.main' : 'action.hover', color: i.count ? 'warning.contrastText' : 'text.secondary' }}>{i.count}</Box>
              <ListItemText primary={translate(`workToDo.kinds.${i.kind}`)}
                secondary={i.shifts != null && i.count > 0 ? translate('workToDo.shifts', { smart_count: i.shifts }) : undefined} />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
