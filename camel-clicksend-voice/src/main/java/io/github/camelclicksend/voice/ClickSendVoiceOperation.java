package io.github.camelclicksend.voice;

/** The ClickSend Voice API operations, named as in the endpoint URI. */
public enum ClickSendVoiceOperation {
    send,
    price,
    history,
    exportHistory,
    languages,
    receipts,
    receipt,
    addTestReceipt,
    markReceiptsRead,
    cancel,
    cancelAll,
    receiptRules,
    receiptRule,
    createReceiptRule,
    updateReceiptRule,
    deleteReceiptRule
}
