import { Injectable, PayloadTooLargeException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { CV_MAX_BYTES } from '@dost/domain';
import type { Observable } from 'rxjs';
import { ApiProblem } from '../common/http/api-problem';

/** Nest's multer interceptor: one field `file`, in memory (no storage given), reading stops past the limit. */
const MulterFile = FileInterceptor('file', { limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024 } });

/**
 * Reads the multipart CV upload and turns multer's refusals into the localised per-field problem+json every
 * other form gets (Nest's own are a bare 413 / 400 in English). Runs after the guards, so an anonymous or
 * foreign caller never has a body parsed.
 */
@Injectable()
export class CvUploadInterceptor implements NestInterceptor {
  private readonly inner = new MulterFile();

  async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.inner.intercept(ctx, next);
    } catch (err) {
      if (err instanceof PayloadTooLargeException) {
        throw ApiProblem.validation([{ field: 'file', code: 'cvTooLarge', params: { mb: CV_MAX_BYTES / 1024 / 1024 } }]);
      }
      // A wrong field name, several files, a broken multipart body: the form has no usable file.
      throw ApiProblem.validation([{ field: 'file', code: 'cvMissing' }]);
    }
  }
}
