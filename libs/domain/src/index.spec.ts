import { hello } from './index';
it('greets', () => expect(hello('x')).toBe('salam x'));
