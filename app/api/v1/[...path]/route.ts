// Any /api/v1 path no other route matches: a JSON 404 (never the HTML not-found page), whatever the method.
import { unknownApiPath } from '@/lib/api/method-not-allowed';


export const GET = unknownApiPath;
export const POST = unknownApiPath;
export const PUT = unknownApiPath;
export const PATCH = unknownApiPath;
export const DELETE = unknownApiPath;
