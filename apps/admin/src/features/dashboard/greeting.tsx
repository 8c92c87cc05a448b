import { Typography } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { Me } from '../../providers/http';

// Kept apart from dashboard.tsx (and its charts): the layout and the home pages need only these, and the
// dashboard itself is loaded when first shown (features/lazy-page.tsx).

/** Roles that GET /dashboard serves; everyone else has their own home page. */
export const STAFF_ROLES: Me['roles'] = ['admin', 'hr', 'coordinator', 'organizer'];

/** "Welcome back, …": the first words after login, also on a volunteer's or applicant's own home page. */
export function Greeting() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return <Typography variant="h5" gutterBottom data-testid="greeting">{translate('dashboard.greeting', { name: identity?.fullName ?? '' })}</Typography>;
}
