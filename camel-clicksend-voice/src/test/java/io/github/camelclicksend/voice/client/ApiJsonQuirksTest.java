package io.github.camelclicksend.voice.client;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.camelclicksend.voice.model.Page;
import io.github.camelclicksend.voice.model.VoiceHistoryRecord;
import io.github.camelclicksend.voice.model.VoiceLanguage;
import io.github.camelclicksend.voice.model.VoiceReceipt;

import static org.assertj.core.api.Assertions.assertThat;

/** The API's documented answers, quirks included, read as published in ClickSend's own examples. */
class ApiJsonQuirksTest {

    private static <T> ApiEnvelope<T> read(String json, com.fasterxml.jackson.databind.JavaType type) throws Exception {
        return ApiJson.READER.readValue(json.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void sendAnswerWithUnderscoreCurrencyStringPricesAndUnknownFields() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"Here are your data.",
                 "data":{"total_price":0.07,"total_count":1,"queued_count":1,
                   "messages":[{"date":"1436871253","date_added":1436871253,"list_id":null,"to":"+61411111111",
                     "schedule":"","message_id":"BF7AD270-0DE2-418B-B606-71D527D9C1AE","message_parts":1,
                     "message_price":"0.07","custom_string":"this is a test","status":"SUCCESS",
                     "_api_username":"johndoe1","brand_new_field":{"x":1}}],
                   "_currency":{"currency_name_short":"AUD","currency_prefix_d":"$"}}}""";

        ApiEnvelope<SendResponse> envelope = read(json, ApiJson.envelopeOf(SendResponse.class));

        SendResponse data = envelope.data;
        assertThat(data.getTotalPrice()).isEqualByComparingTo("0.07");
        assertThat(data.getCurrency()).isEqualTo("AUD");
        assertThat(data.getMessages()).singleElement().satisfies(row -> {
            assertThat(row.getMessagePrice()).isEqualByComparingTo("0.07");
            assertThat(row.getMessageParts()).isEqualByComparingTo("1");
            assertThat(row.getListId()).isNull();
            assertThat(row.getCustomString()).isEqualTo("this is a test");
        });
    }

    @Test
    void sendAnswerWithPlainCurrencyAndStringTotals() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"ok",
                 "data":{"total_price":"0.28","total_count":"4","queued_count":4,"messages":[],
                   "currency":{"currency_name_short":"USD"}}}""";

        SendResponse data = this.<SendResponse> read(json, ApiJson.envelopeOf(SendResponse.class)).data;

        assertThat(data.getTotalPrice()).isEqualByComparingTo("0.28");
        assertThat(data.getTotalCount()).isEqualTo(4);
        assertThat(data.getCurrency()).isEqualTo("USD");
    }

    @Test
    void languagesWithGenderAsStringOrArray() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"Here are the possible languages.",
                 "data":[{"code":"en-us","country":"English, US","gender":["female","male"]},
                         {"code":"en-in","country":"English, India","gender":"Female"}]}""";

        List<VoiceLanguage> languages = this.<List<VoiceLanguage>> read(json,
                ApiJson.listEnvelopeOf(VoiceLanguage.class)).data;

        assertThat(languages.get(0).getGenders()).containsExactly("female", "male");
        assertThat(languages.get(1).getGenders()).containsExactly("female");
    }

    @Test
    void receiptsWithDigitsAsNumberAndTimestampsAsText() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"Here are your delivery receipts.",
                 "data":{"total":1,"per_page":15,"current_page":1,"last_page":1,"next_page_url":null,
                   "data":[{"timestamp_send":"1442381791","timestamp":"1442381791",
                     "message_id":"31BC271B-1E0C-45F6-9E7E-97186C46BB82","status_code":"201",
                     "status_text":"Success: Message received on handset.","error_code":null,"error_text":"",
                     "custom_string":null,"message_type":"voice","digits":2}]}}""";

        Page<VoiceReceipt> page = this.<ApiPage<VoiceReceipt>> read(json, ApiJson.pageEnvelopeOf(VoiceReceipt.class))
                .data.toPage();

        VoiceReceipt receipt = page.getItems().get(0);
        assertThat(receipt.getDigits()).isEqualTo("2");
        assertThat(receipt.getTimestamp()).isEqualTo(1442381791L);
        assertThat(receipt.getErrorText()).isNull();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void historyWithScheduleAsTextAndPartsAsDecimalText() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"Here is your history.",
                 "data":{"total":4,"per_page":15,"current_page":1,"last_page":1,"next_page_url":null,
                   "data":[{"body":"this is a test.","country":"US","custom_string":"mystring","date_added":1443501617,
                     "digits":null,"from":"+19403944918","lang":"en-us","list_id":null,"machine_detected":0,
                     "message_id":"D6456F8A-9DF9-46EC-8014-BFE87860F65C","message_parts":"1.00",
                     "message_price":"0.17","require_input":0,"schedule":"1538672470","status":"WaitApproval",
                     "status_code":null,"status_text":null,"to":"+15184811537","to_type":"mobile","voice":"female"}]}}""";

        VoiceHistoryRecord record = this.<ApiPage<VoiceHistoryRecord>> read(json,
                ApiJson.pageEnvelopeOf(VoiceHistoryRecord.class)).data.toPage().getItems().get(0);

        assertThat(record.getSchedule()).isEqualTo(1538672470L);
        assertThat(record.getMessageParts()).isEqualByComparingTo("1");
        assertThat(record.getMessagePrice()).isEqualByComparingTo("0.17");
        assertThat(record.getMachineDetected()).isFalse();
        assertThat(record.isRequireInput()).isFalse();
        assertThat(record.getStatus()).isEqualTo("WaitApproval");
    }

    @Test
    void emptyPageHasNoNext() throws Exception {
        String json = """
                {"http_code":200,"response_code":"SUCCESS","response_msg":"ok",
                 "data":{"total":0,"per_page":15,"current_page":1,"last_page":0,"next_page_url":null,"data":[]}}""";

        Page<VoiceReceipt> page = this.<ApiPage<VoiceReceipt>> read(json, ApiJson.pageEnvelopeOf(VoiceReceipt.class))
                .data.toPage();

        assertThat(page.getItems()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }
}
