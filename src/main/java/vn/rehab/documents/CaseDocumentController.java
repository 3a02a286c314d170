package vn.rehab.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/cases/{caseId}/documents}: list, upload (multipart {@code type}, {@code file}) and open the
 * documents of a case. The user is the one authenticated by {@code vn.rehab.security} (HTTP Basic, or the
 * Tasklist session for the page {@code /documents.html}).
 */
@RestController
class CaseDocumentController {

  private final CaseDocuments documents;
  private final IdentityService identity;

  CaseDocumentController(CaseDocuments documents, IdentityService identity) {
    this.documents = documents;
    this.identity = identity;
  }

  @GetMapping("/api/cases/{caseId}/documents")
  List<CaseDocuments.Document> list(@PathVariable String caseId) {
    return documents.list(identity.getCurrentAuthentication(), caseId);
  }

  @PostMapping("/api/cases/{caseId}/documents")
  CaseDocuments.Document upload(@PathVariable String caseId, @RequestParam("type") String type,
      @RequestParam("file") MultipartFile file) throws IOException {
    return documents.store(identity.getCurrentAuthentication(), caseId, type, file.getOriginalFilename(),
        file.getBytes());
  }

  @GetMapping("/api/cases/{caseId}/documents/{documentId}")
  ResponseEntity<byte[]> open(@PathVariable String caseId, @PathVariable String documentId) {
    FileValue file = documents.open(identity.getCurrentAuthentication(), caseId, documentId);
    byte[] bytes;
    try (var in = file.getValue()) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new CaseDocuments.Refusal(500, "Không đọc được tài liệu.");
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getMimeType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(file.getFilename(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(bytes);
  }

  @ExceptionHandler(CaseDocuments.Refusal.class)
  ResponseEntity<Map<String, String>> refused(CaseDocuments.Refusal refusal) {
    return ResponseEntity.status(refusal.status).body(Map.of("message", refusal.getMessage()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge() {
    return ResponseEntity.status(400).body(Map.of("message", "Tệp quá lớn: tối đa 10 MB."));
  }
}
