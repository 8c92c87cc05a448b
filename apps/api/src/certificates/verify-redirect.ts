import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { normalizeVerificationCode } from '@dost/domain';
import type { Request, Response } from 'express';

/**
 * `GET /verify/:code` — the short link printed on certificates and in their QR codes, outside `/api` — sends the
 * browser to the console's public page `/#/verify/:code`. Registered on Express directly (the global `api/v1`
 * prefix applies to controllers); ServeStaticModule leaves `/verify/…` alone (app.module.ts).
 */
@Injectable()
export class VerifyRedirect implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    if (!adapter) return;
    adapter.get('/verify/:code', (req: Request, res: Response) => {
      // A well-formed code goes on as it is normalised; a mistyped one (0, 1, 8, a wrong length) still reaches the
      // page, which says "not found" — only letters and digits ever enter the Location header.
      const raw = String(req.params.code ?? '');
      const code = normalizeVerificationCode(raw) ?? raw.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 40);
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, code ? `/#/verify/${code}` : '/#/verify');
    });
  }
}
