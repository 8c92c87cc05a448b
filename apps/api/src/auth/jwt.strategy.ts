import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { createSecretKey } from 'node:crypto';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../common/auth-user';
import { AppConfig } from '../config/app-config';
import { AuthService, type AccessTokenPayload } from './auth.service';

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    // The secret as a KeyObject built once: given a string, jsonwebtoken tries createPublicKey and then
    // createSecretKey on every request (6–8 % of the API's CPU under load, issue 17).
    const key = createSecretKey(Buffer.from(config.jwtSecret!, 'utf8'));
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key as unknown as Buffer, algorithms: ['HS256'] });
  }

  /** Returning null makes passport answer 401. */
  validate(payload: AccessTokenPayload): Promise<AuthUser | null> {
    return this.auth.resolve(payload);
  }
}
