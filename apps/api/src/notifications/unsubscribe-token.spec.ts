import { maskEmail, unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';

describe('unsubscribe tokens', () => {
  it('round-trips the address, lower-cased', () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, ' Gülnar@Test.dost.local '))).toBe('gülnar@test.dost.local');
  });

  it.each([
    ['another secret', unsubscribeToken('another-secret-that-is-long-enough-000000000', 'a@b.az')],
    ['a forged address', `${Buffer.from('victim@b.az').toString('base64url')}.${unsubscribeToken(SECRET, 'a@b.az').split('.')[1]}`],
    ['garbage', 'not-a-token'],
    ['a trailing character', `${unsubscribeToken(SECRET, 'a@b.az')}x`],
    ['extra parts', `${unsubscribeToken(SECRET, 'a@b.az')}.x`],
    ['empty', ''],
  ])('refuses %s', (_, token) => {
    expect(verifyUnsubscribeToken(SECRET, token)).toBeUndefined();
  });

  it('masks an address for a public page', () => {
    expect(maskEmail('leyla@dost.gov.az')).toBe('l***@dost.gov.az');
  });
});
