import { z } from 'zod';
import { dutchErrors } from '../../core/messages/zod.js';

/**
 * The one error map: Dutch (B1) for every validation problem, so each field error a person sees
 * says what to do. The error handler makes the text again in the request's language
 * (`core/messages/zod.ts`); schemas may give their own, more specific message as a catalogue key.
 */
z.config({ customError: dutchErrors });
