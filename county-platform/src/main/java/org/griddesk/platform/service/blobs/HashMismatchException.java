package org.griddesk.platform.service.blobs;

import org.griddesk.platform.service.PlatformServiceException;

/** The uploaded bytes do not hash to the blob's name; nothing of them was kept (400 {@code hash_mismatch}). */
public final class HashMismatchException extends PlatformServiceException {
    HashMismatchException(String sha256) {
        super("上传的内容与附件编号不符，平台未保存 (the bytes do not hash to " + sha256 + "; nothing was kept)");
    }
}
