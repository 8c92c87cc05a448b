import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { ApiProblem } from '../common/http/api-problem';
import { GUEST_IMPORT_MAX_BYTES } from './guest-import';

const MulterFile = FileInterceptor('file', { limits: { fileSize: GUEST_IMPORT_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });

/** The guest list upload (field `file`, in memory); multer's refusals become the localised per-field problem. */
@Injectable()
export class GuestUploadInterceptor implements NestInterceptor {
  private readonly inner = new MulterFile();

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(ctx, next);
    } catch {
      throw ApiProblem.validation([{ field: 'file', code: 'guestImportFile' }]);
    }
  }
}
