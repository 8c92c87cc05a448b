import type { ReactNode } from 'react';
import { Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { Alert, Box, Chip, CircularProgress, Paper, Stack, Typography } from '@mui/material';

interface Node { id: string; kind: string; parentId: string | null; name: Record<string, string>; active: boolean }

/**
 * The network as a tree: national office → regional centers → district branches → Smart DOST points.
 * A center whose parent the caller cannot see (a coordinator's scope) is shown as a root of what they see.
 */
export function NetworkTreePage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGetList<Node>('centers', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const nodes = data ?? [];
  const ids = new Set(nodes.map((n) => n.id));
  const children = (id: string | null) => nodes.filter((n) => (id === null ? !n.parentId || !ids.has(n.parentId) : n.parentId === id));
  const name = (n: Node) => n.name[locale] ?? n.name.az;
  const render = (n: Node, depth: number, seen: Set<string>): ReactNode => {
    if (seen.has(n.id)) return null;
    const next = new Set(seen).add(n.id);
    return (
      <Box key={n.id} data-testid="network-node" data-depth={depth} data-name={n.name.az}>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ pl: depth * 3, py: 0.5, borderLeft: depth ? '1px dashed' : 'none', borderColor: 'divider' }}>
          <Typography component={Link} to={`/centers/${n.id}/show`} sx={{ color: 'inherit', fontWeight: depth === 0 ? 600 : 400 }}>{name(n)}</Typography>
          <Chip size="small" variant="outlined" label={translate(`centers.kinds.${n.kind}`)} />
          {!n.active && <Chip size="small" label={translate('network.inactive')} />}
        </Stack>
        {children(n.id).map((c) => render(c, depth + 1, next))}
      </Box>
    );
  };
  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="network.title" />
      <Typography variant="body2" sx={{ mb: 2 }}>{translate('network.hint')}</Typography>
      {isPending && <CircularProgress size={24} />}
      {error && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      <Paper sx={{ p: 2 }} data-testid="network-tree">{children(null).map((n) => render(n, 0, new Set()))}</Paper>
    </Box>
  );
}
